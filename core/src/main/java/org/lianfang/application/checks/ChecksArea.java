package org.lianfang.application.checks;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.monitoring.DueItem;

/**
 * The checks' area (评价考核, S-10): every post's measures are checked every month (月查, P-22), and what falls short
 * is rectified (P-21) and, a second time running, warned of (P-18). Each command takes the {@link Actor} who acts and
 * returns an {@link Outcome}; it is validated, then runs in one transaction that checks access and the rules, writes,
 * and appends its events to the unit's journal. A refused command changes nothing. Built by
 * {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store is.
 */
public final class ChecksArea {
  static {
    Areas.register(ChecksArea.class, ChecksArea::new);
  }

  private final CommandRunner runner;
  private final RecordMonthlyCheckHandler record;
  private final ReviseMonthlyCheckHandler revise = new ReviseMonthlyCheckHandler();
  private final MonthlyCheckStepHandler step;
  private final ChecksQueries queries;

  private ChecksArea(Wiring wiring) {
    this.runner = wiring.runner();
    CheckDeadlines deadlines = new CheckDeadlines(wiring.checkPolicy(), wiring.runner().clock().getZone());
    wiring.runner().addReaction(deadlines);
    wiring.runner().addRecurrence(DueItem.CHECK_DUE, deadlines);
    this.record = new RecordMonthlyCheckHandler(wiring.ids());
    this.step = new MonthlyCheckStepHandler(wiring.ids(), wiring.checkPolicy(), wiring.warningPolicy());
    this.queries = new ChecksQueries(wiring.runner(), wiring.checkPolicy());
  }

  /**
   * Opens a post's monthly check today, with the rows filled in so far.
   *
   * @param actor who acts (needs {@code RECORD_CHECKS} on the post)
   * @param command the post, the month, the checker and the rows
   * @return its id, or a refusal
   */
  public Outcome<MonthlyCheckId> recordMonthlyCheck(Actor actor, RecordMonthlyCheck command) {
    return runner.run(actor, command, record);
  }

  /**
   * Fills an open monthly check's rows in again today.
   *
   * @param actor who acts (needs {@code RECORD_CHECKS} on the check's post)
   * @param command the rows
   * @return the check's id, or a refusal
   */
  public Outcome<MonthlyCheckId> reviseMonthlyCheck(Actor actor, ReviseMonthlyCheck command) {
    return runner.run(actor, command, revise);
  }

  /**
   * Takes a monthly check one step today ({@link org.lianfang.checks.CheckTransitions}); a review opens the
   * rectification items and reminders of the instance's {@link org.lianfang.checks.CheckPolicy}.
   *
   * @param actor who acts (needs {@code RECORD_CHECKS} on the check's post to submit, {@code REVIEW_CHECKS} on its
   *     unit to return or review)
   * @param command the step
   * @return the check's id, or a refusal
   */
  public Outcome<MonthlyCheckId> stepMonthlyCheck(Actor actor, MonthlyCheckStep command) {
    return runner.run(actor, command, step);
  }

  /** @return the reads of the checks, each checked by the access policy */
  public ChecksQueries queries() {
    return queries;
  }
}
