package org.lianfang.application.monitoring;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.WarningId;
import org.lianfang.spi.NotificationSender;

/**
 * The third line's area (监测预警, S-9): information shows a unit or a person in risk, and the discipline body answers
 * early with a warning — a reminder, an admonishment or a rectification order — that it follows until it is verified
 * and closed (P-8, P-18), or transfers (P-10) or cancels; the rectification items (P-21) a warning opens; and the
 * reports (P-19) that bring the information, their reporters sealed (P-11). Each
 * command takes the {@link Actor} who acts and returns an
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
  private final OpenRectificationHandler open;
  private final RectificationStepHandler stepItem = new RectificationStepHandler();
  private final ReceiveReportHandler receive;
  private final ReportStepHandler stepReport;
  private final LinkReportHandler link = new LinkReportHandler();
  private final OpenCaseHandler openCase;
  private final StepCaseHandler stepCase;
  private final ReportIndicatorHandler indicator;
  private final OpenCommittedCaseHandler openCommitted;
  private final MonitoringQueries queries;
  private final Schedule schedule;

  private MonitoringArea(Wiring wiring) {
    this.runner = wiring.runner();
    wiring.runner().addReaction(new Notices(wiring.ids()));
    wiring.runner().addReaction(new Deadlines(wiring.reminderPolicy(), wiring.runner().clock(),
        wiring.educationPolicy()));
    CaseSignals signals = new CaseSignals(wiring.ids(), wiring.workingTime(), wiring.runner().clock().getZone(),
        wiring.supervisionPolicy(), wiring.warningPolicy());
    this.schedule = new Schedule(wiring.runner(), wiring.reminderPolicy(), signals);
    this.openCase = new OpenCaseHandler(wiring.ids(), signals);
    this.stepCase = new StepCaseHandler(signals);
    this.openCommitted = new OpenCommittedCaseHandler(openCase, wiring.workingTime(),
        wiring.runner().clock().getZone());
    this.indicator = new ReportIndicatorHandler(wiring.ids(), wiring.indicatorPolicy(), wiring.warningPolicy());
    this.issue = new IssueWarningHandler(wiring.ids(), wiring.warningPolicy());
    this.step = new WarningStepHandler(wiring.warningPolicy());
    this.open = new OpenRectificationHandler(wiring.ids());
    this.receive = new ReceiveReportHandler(wiring.ids(), wiring.reportDeadlines());
    this.stepReport = new ReportStepHandler(wiring.reportDeadlines());
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

  /**
   * Opens a rectification item (整改事项, P-21) today: the one record a warning's rectification (and, in the next
   * stages, a check's, an inspection's or an appraisal's) is followed by until it is verified and closed.
   *
   * @param actor who acts (needs {@code MANAGE_RECTIFICATION} on the unit)
   * @param command the item
   * @return its id, or a refusal
   */
  public Outcome<RectificationItemId> openRectification(Actor actor, OpenRectification command) {
    return runner.run(actor, command, open);
  }

  /**
   * Takes a rectification item one step today ({@link org.lianfang.monitoring.RectificationTransitions}).
   *
   * @param actor who acts (needs {@code WORK_RECTIFICATION} on the item's unit to begin or submit, and
   *     {@code MANAGE_RECTIFICATION} to reject, verify or close)
   * @param command the step
   * @return the item's id, or a refusal
   */
  public Outcome<RectificationItemId> stepRectification(Actor actor, RectificationStep command) {
    return runner.run(actor, command, stepItem);
  }

  /**
   * Logs a report (检举控告 / 信访, P-19) received by the discipline body; it is to be forwarded or accepted within the
   * instance's {@link org.lianfang.monitoring.ReportDeadlines}. The reporter and the content are sealed (P-11).
   *
   * @param actor who acts (needs {@code MANAGE_REPORTS} on the unit)
   * @param command the report
   * @return its id, or a refusal
   */
  public Outcome<ReportId> receiveReport(Actor actor, ReceiveReport command) {
    return runner.run(actor, command, receive);
  }

  /**
   * Takes a report one step today ({@link org.lianfang.monitoring.ReportTransitions}).
   *
   * @param actor who acts (needs {@code MANAGE_REPORTS} on the report's unit)
   * @param command the step
   * @return the report's id, or a refusal
   */
  public Outcome<ReportId> stepReport(Actor actor, ReportStep command) {
    return runner.run(actor, command, stepReport);
  }

  /**
   * Links a report handled here to risk points and warnings of its unit (its triage, P-19).
   *
   * @param actor who acts (needs {@code MANAGE_REPORTS} on the report's unit)
   * @param command the links
   * @return the report's id, or a refusal
   */
  public Outcome<ReportId> linkReport(Actor actor, LinkReport command) {
    return runner.run(actor, command, link);
  }

  /**
   * Reports a case of one of the unit's administrative powers to electronic supervision (P-9, P-20); the tick raises
   * its signals as its working time runs, on the instance's {@link org.lianfang.monitoring.SupervisionPolicy}.
   *
   * @param actor who acts (needs {@code RECORD_MONITORING} on the unit)
   * @param command the case
   * @return its id, or a refusal
   */
  public Outcome<SupervisionCaseId> openCase(Actor actor, OpenCase command) {
    return runner.run(actor, command, openCase);
  }

  /**
   * Reports a case under a service commitment (P-17): watched by the commitment's time limit, its working days in the
   * instance's working hours, as {@link #openCase} watches any promised limit.
   *
   * @param actor who acts (needs {@code RECORD_MONITORING} on the commitment's unit)
   * @param command the case
   * @return its id, or a refusal
   */
  public Outcome<SupervisionCaseId> openCommittedCase(Actor actor, OpenCommittedCase command) {
    return runner.run(actor, command, openCommitted);
  }

  /**
   * Reports what happened to a case: a step, a pause, a resume, its completion.
   *
   * @param actor who acts (needs {@code RECORD_MONITORING} on the case's unit)
   * @param command what happened
   * @return the case's id, or a refusal
   */
  public Outcome<SupervisionCaseId> stepCase(Actor actor, StepCase command) {
    return runner.run(actor, command, stepCase);
  }

  /**
   * Reports a value of a measure's monitoring indicator (P-6); beyond its threshold it raises a signal and, under the
   * instance's {@link org.lianfang.monitoring.IndicatorPolicy}, a warning.
   *
   * @param actor who acts (needs {@code RECORD_MONITORING} on the measure's unit)
   * @param command the value
   * @return the measure's id, or a refusal
   */
  public Outcome<ControlMeasureId> reportIndicator(Actor actor, ReportIndicator command) {
    return runner.run(actor, command, indicator);
  }

  /**
   * @param sender how the host delivers
   * @param policy how rows are claimed, sent and retried
   * @return a new dispatcher of this instance's outbox
   */
  public Dispatcher dispatcher(NotificationSender sender, DispatchPolicy policy) {
    return new Dispatcher(runner.store().outbox(), runner.clock(), sender, policy);
  }

  /** @return the tick the host's scheduler calls (ARCHITECTURE.md decision 5) */
  public Schedule schedule() {
    return schedule;
  }

  /** @return the reads of the third line, each checked by the access policy */
  public MonitoringQueries queries() {
    return queries;
  }
}
