package org.lianfang.application.cycle;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.RolloutReport;
import org.lianfang.monitoring.RectificationItemId;

/**
 * The annual cycle's area (S-1, S-16): each unit opens its year under the instance's
 * {@link org.lianfang.cycle.CyclePolicy}, which records the versions of the policies in force, and leaves its phases
 * one at a time, each past the guard the cycle's rules set on what the unit's records hold that day. Each command
 * takes the {@link Actor} who acts and returns an {@link Outcome}; it is validated, then runs in one transaction that
 * checks access and the rules, writes, and appends its events to the unit's journal. A refused command changes
 * nothing. Built by {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store is.
 */
public final class CycleArea {
  static {
    Areas.register(CycleArea.class, CycleArea::new);
  }

  private final CommandRunner runner;
  private final OpenYearHandler open;
  private final LeavePhaseHandler leave;
  private final CloseYearHandler close;
  private final CarryOverItemHandler carry = new CarryOverItemHandler();
  private final PostRevisionHandler post = new PostRevisionHandler();
  private final RolloutRunner rollout;
  private final CycleQueries queries;

  private CycleArea(Wiring wiring) {
    this.runner = wiring.runner();
    CyclePolicies policies = new CyclePolicies(wiring.gradingPolicy().version(), wiring.coveragePolicy().version(),
        wiring.warningPolicy().version(), wiring.evaluationPolicy().version(), wiring.cyclePolicy().version());
    this.open = new OpenYearHandler(wiring.ids(), wiring.cyclePolicy(), policies);
    this.rollout = new RolloutRunner(wiring.runner(), open);
    this.leave = new LeavePhaseHandler(wiring.coveragePolicy());
    this.close = new CloseYearHandler(wiring.coveragePolicy());
    this.queries = new CycleQueries(wiring.runner(), wiring.cyclePolicy(), wiring.coveragePolicy());
  }

  /**
   * Opens a unit's year today (动员部署 begins), under the instance's cycle policy.
   *
   * @param actor who acts (needs {@code RUN_CYCLE} on the unit: its leader, or the discipline body above it)
   * @param command the unit and the year
   * @return its id, or a refusal
   */
  public Outcome<AnnualCycleId> open(Actor actor, OpenYear command) {
    return runner.run(actor, command, open);
  }

  /**
   * Opens a year today for every unit of a subtree (S-1: from 2011 the whole city runs the loop), each unit in a
   * transaction of its own; units that have the year already are left as they are, and one that cannot open it (its
   * last year not closed, say) is reported with the refusal while the others go on, so calling it again after an
   * interruption opens what is left.
   *
   * @param actor who acts (needs {@code RUN_CYCLE} on the subtree's top and on each unit)
   * @param command the subtree's top and the year
   * @return what it opened, left and could not open; or the refusal of the command itself (unknown top, not allowed,
   *     invalid input), which opened nothing
   */
  public Outcome<RolloutReport> rollOut(Actor actor, RollOut command) {
    return rollout.run(actor, command);
  }

  /**
   * Leaves the phase a unit's year is in today, past the guard the cycle's rules set on the unit's records.
   *
   * @param actor who acts (needs {@code RUN_CYCLE} on the unit)
   * @param command the cycle and the phase it is in
   * @return its id, or a refusal
   */
  public Outcome<AnnualCycleId> leave(Actor actor, LeavePhase command) {
    return runner.run(actor, command, leave);
  }

  /**
   * Posts a unit's revision today (修正完善公示, S-12, P-5, P-26): what changed in its register since its last closed
   * year, each point added, adjusted or deleted with its reason, into the unit's journal, shown until the notice
   * ends. Under the year's rules, self-assessment and revision is left, and the year closed, only once the latest
   * notice is over and only while the register is still as posted; posted again (in summary and acceptance too, after
   * a change), the latest counts.
   *
   * @param actor who acts (needs {@code RUN_CYCLE} on the unit)
   * @param command the cycle, in self-assessment and revision or summary and acceptance, where and until when
   * @return its id, or a refusal
   */
  public Outcome<AnnualCycleId> post(Actor actor, PostRevision command) {
    return runner.run(actor, command, post);
  }

  /**
   * Closes a unit's year today, leaving summary and acceptance past its guard: the year's risk points and control
   * measures are frozen as its register, whose counts and digest go into the unit's journal, and no command changes a
   * record of the year again.
   *
   * @param actor who acts (needs {@code RUN_CYCLE} on the unit)
   * @param command the cycle, in summary and acceptance
   * @return its id, or a refusal
   */
  public Outcome<AnnualCycleId> close(Actor actor, CloseYear command) {
    return runner.run(actor, command, close);
  }

  /**
   * Carries a rectification item over, out of the year its unit is summing up, with a reason and a new due day in a
   * later year (P-21): the year's closing no longer waits for it.
   *
   * @param actor who acts (needs {@code MANAGE_RECTIFICATION} on the item's unit: the discipline body)
   * @param command the item, why and its new due day
   * @return its id, or a refusal
   */
  public Outcome<RectificationItemId> carryOver(Actor actor, CarryOverItem command) {
    return runner.run(actor, command, carry);
  }

  /** @return the reads of the annual cycle, each checked by the access policy */
  public CycleQueries queries() {
    return queries;
  }
}
