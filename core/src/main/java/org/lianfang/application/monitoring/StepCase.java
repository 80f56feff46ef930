package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.monitoring.CaseAction;
import org.lianfang.monitoring.SupervisionCaseId;

/**
 * Reports what happened to a case under electronic supervision ({@link org.lianfang.monitoring.CaseTransitions}): a
 * step of its procedure (perhaps with the working time promised for it), a pause of its clock, a resume, its
 * completion. Instants are kept to the millisecond.
 *
 * @param supervisionCase the case
 * @param action what happened
 * @param at when, now or earlier, not before the case's last record
 * @param step the step's name (受理, 审查, 决定 …): required for a step, refused otherwise
 * @param limit the working time promised for a step (环节时限), if the procedure sets one: whole minutes, more than
 *     none, at most a year of working time; refused for anything but a step (P-20: YELLOW when a case or a step is
 *     overdue)
 */
public record StepCase(
    @NotNull SupervisionCaseId supervisionCase,
    @NotNull CaseAction action,
    @NotNull Instant at,
    @NotNull Optional<@Size(min = 1, max = Limits.NAME) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> step,
    @NotNull Optional<Duration> limit) {
  /**
   * @param supervisionCase the case
   * @param action what happened
   * @param at when
   * @param step the step's name, for a step
   */
  public StepCase(SupervisionCaseId supervisionCase, CaseAction action, Instant at, Optional<String> step) {
    this(supervisionCase, action, at, step, Optional.empty());
  }

  /**
   * @param c the case
   * @param name the step
   * @param at when
   * @param limit the working time promised for it
   * @return a step of its procedure with a limit of its own
   */
  public static StepCase step(SupervisionCaseId c, String name, Instant at, Duration limit) {
    return new StepCase(c, CaseAction.STEP, at, Optional.of(name), Optional.of(limit));
  }

  /** @param c the case @param name the step @param at when @return a step of its procedure */
  public static StepCase step(SupervisionCaseId c, String name, Instant at) {
    return new StepCase(c, CaseAction.STEP, at, Optional.of(name));
  }

  /** @param c the case @param at when @return its clock paused */
  public static StepCase pause(SupervisionCaseId c, Instant at) {
    return new StepCase(c, CaseAction.PAUSE, at, Optional.empty());
  }

  /** @param c the case @param at when @return its clock running again */
  public static StepCase resume(SupervisionCaseId c, Instant at) {
    return new StepCase(c, CaseAction.RESUME, at, Optional.empty());
  }

  /** @param c the case @param at when @return it completed */
  public static StepCase complete(SupervisionCaseId c, Instant at) {
    return new StepCase(c, CaseAction.COMPLETE, at, Optional.empty());
  }
}
