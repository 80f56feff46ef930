package org.lianfang.application.monitoring;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.monitoring.WarningId;

/**
 * The third line's area (监测预警, S-9): information shows a unit or a person in risk, and the discipline body answers
 * early with a warning — a reminder, an admonishment or a rectification order — that it follows until it is verified
 * and closed (P-8, P-18), or transfers (P-10) or cancels. Each command takes the {@link Actor} who acts and returns an
 * {@link Outcome}; it is validated, then runs in one transaction that checks access and the rules, writes, and appends
 * its event to the unit's journal. A refused command changes nothing. Built by
 * {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store is.
 */
public final class MonitoringArea {
  static {
    Areas.register(MonitoringArea.class, MonitoringArea::new);
  }

  private final CommandRunner runner;
  private final IssueWarningHandler issue;
  private final WarningStepHandler step;
  private final MonitoringQueries queries;

  private MonitoringArea(Wiring wiring) {
    this.runner = wiring.runner();
    this.issue = new IssueWarningHandler(wiring.ids(), wiring.warningPolicy());
    this.step = new WarningStepHandler(wiring.warningPolicy());
    this.queries = new MonitoringQueries(wiring.runner());
  }

  /**
   * Issues a warning today, its reply due by the instance's {@link org.lianfang.monitoring.WarningPolicy}.
   *
   * @param actor who acts (needs {@code MANAGE_WARNINGS} on the unit)
   * @param command the warning and its notice
   * @return its id, or a refusal
   */
  public Outcome<WarningId> issueWarning(Actor actor, IssueWarning command) {
    return runner.run(actor, command, issue);
  }

  /**
   * Takes a warning one step along its closed loop today ({@link org.lianfang.monitoring.WarningTransitions}).
   *
   * @param actor who acts (needs {@code ANSWER_WARNINGS} on the warning's unit to acknowledge or reply, and
   *     {@code MANAGE_WARNINGS} for every other step)
   * @param command the step
   * @return the warning's id, or a refusal
   */
  public Outcome<WarningId> stepWarning(Actor actor, WarningStep command) {
    return runner.run(actor, command, step);
  }

  /** @return the reads of the third line, each checked by the access policy */
  public MonitoringQueries queries() {
    return queries;
  }
}
