package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * When a case of an administrative power under electronic supervision raises which signal (P-9, P-20), all in
 * working time with pauses left out: PROMPT once at most {@code promptBefore} is left before the promised limit, YELLOW
 * once past it, RED once more than {@code redAfter} past it. A case completed within its limit raises none; one
 * completed late keeps the signal it had reached. Immutable and thread-safe.
 *
 * @param promptBefore working time before the limit from which a prompt is raised
 * @param redAfter working time past the limit after which the case is red
 */
public record SignalPolicy(Duration promptBefore, Duration redAfter) {
  /**
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if one is negative
   */
  public SignalPolicy {
    Objects.requireNonNull(promptBefore, "promptBefore");
    Objects.requireNonNull(redAfter, "redAfter");
    checkArgument(!promptBefore.isNegative() && !redAfter.isNegative(), "signal times are not negative: %s, %s",
        promptBefore, redAfter);
  }

  /**
   * @param hours the working day
   * @return a prompt one working day before the limit (the sources' rule), red three working days past it [G]
   */
  public static SignalPolicy standard(WorkingHours hours) {
    return new SignalPolicy(hours.perDay(), hours.perDay().multipliedBy(3));
  }

  /**
   * @param time the working calendar and hours
   * @param started when the case started
   * @param limit the working time promised for it
   * @param pauses when its clock stood still
   * @param completed when it was completed, if it was
   * @param now the moment it is read at, not before it started
   * @return the signal it has raised by then, if any
   * @throws IllegalArgumentException if the limit is negative, or {@code now} or the completion is before the start
   */
  public Optional<SupervisionSignal> signal(WorkingTime time, LocalDateTime started, Duration limit,
      Collection<WorkingTime.Pause> pauses, Optional<LocalDateTime> completed, LocalDateTime now) {
    checkArgument(!limit.isNegative(), "a promised limit is not negative: %s", limit);
    checkArgument(!now.isBefore(started), "a case is read after it started: %s before %s", now, started);
    checkArgument(completed.isEmpty() || !completed.get().isBefore(started),
        "a case is completed after it started: %s before %s", completed, started);
    LocalDateTime until = completed.filter(c -> c.isBefore(now)).orElse(now);
    Duration elapsed = time.between(started, until, pauses);
    if (elapsed.compareTo(limit.plus(redAfter)) > 0) {
      return Optional.of(SupervisionSignal.RED);
    }
    if (elapsed.compareTo(limit) > 0) {
      return Optional.of(SupervisionSignal.YELLOW);
    }
    if (completed.isEmpty() || completed.get().isAfter(now)) {
      return elapsed.compareTo(limit.minus(promptBefore)) >= 0 ? Optional.of(SupervisionSignal.PROMPT)
          : Optional.empty();
    }
    return Optional.empty();
  }
}
