package org.lianfang.application.checks;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.monitoring.DueItem;

/**
 * The checks' area (评价考核, S-10): every post's measures are checked every month (月查, P-22), and what falls short is
 * rectified (P-21) and, a second time running, warned of (P-18); discipline bodies inspect the units below them (专项检查),
 * order rectification where measures are weak, and record who was held accountable; each unit reports a half-year
 * self-check to the unit above (P-23); and the public appraises a unit's points, posts and commitments (群众评议, S-12,
 * P-25), its dissatisfied comments rectified. Each command takes the {@link Actor} who acts and returns an {@link
 * Outcome}; it is validated, then runs in one transaction that checks access and the rules, writes, and appends its
 * events to the unit's journal. A refused command changes nothing. Built by {@link org.lianfang.application.Lianfang};
 * immutable and thread-safe when the store is.
 */
public final class ChecksArea {
  static {
    Areas.register(ChecksArea.class, ChecksArea::new);
  }

  private final CommandRunner runner;
  private final RecordMonthlyCheckHandler record;
  private final ReviseMonthlyCheckHandler revise = new ReviseMonthlyCheckHandler();
  private final MonthlyCheckStepHandler step;
  private final PlanInspectionHandler plan;
  private final InspectionStepHandler stepInspection = new InspectionStepHandler();
  private final RecordFindingHandler finding;
  private final RecordAccountabilityHandler accountability = new RecordAccountabilityHandler();
  private final DraftSelfCheckHandler draftSelfCheck;
  private final ReviseSelfCheckHandler reviseSelfCheck = new ReviseSelfCheckHandler();
  private final SelfCheckStepHandler stepSelfCheck = new SelfCheckStepHandler();
  private final PlanAppraisalHandler planAppraisal;
  private final AppraisalStepHandler stepAppraisal;
  private final RecordAppraisalAnswersHandler answers;
  private final ChecksQueries queries;

  private ChecksArea(Wiring wiring) {
    this.runner = wiring.runner();
    CheckDeadlines deadlines = new CheckDeadlines(wiring.checkPolicy(), wiring.runner().clock().getZone());
    wiring.runner().addReaction(deadlines);
    wiring.runner().addRecurrence(DueItem.CHECK_DUE, deadlines);
    SelfCheckDeadlines selfChecks = new SelfCheckDeadlines(wiring.checkPolicy(), wiring.reminderPolicy(),
        wiring.runner().clock().getZone());
    wiring.runner().addReaction(selfChecks);
    wiring.runner().addRecurrence(DueItem.SELF_CHECK_DUE, selfChecks);
    this.record = new RecordMonthlyCheckHandler(wiring.ids());
    this.step = new MonthlyCheckStepHandler(wiring.ids(), wiring.checkPolicy(), wiring.warningPolicy());
    this.plan = new PlanInspectionHandler(wiring.ids());
    this.finding = new RecordFindingHandler(wiring.ids());
    this.draftSelfCheck = new DraftSelfCheckHandler(wiring.ids());
    this.planAppraisal = new PlanAppraisalHandler(wiring.ids());
    this.stepAppraisal = new AppraisalStepHandler(wiring.checkPolicy());
    this.answers = new RecordAppraisalAnswersHandler(wiring.ids(), wiring.checkPolicy(), wiring.workingTime());
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

  /**
   * Plans a special inspection (专项检查, S-10) over units below the body today.
   *
   * @param actor who acts (needs {@code INSPECT} on the body's unit)
   * @param command the plan
   * @return its id, or a refusal
   */
  public Outcome<SpecialInspectionId> planInspection(Actor actor, PlanInspection command) {
    return runner.run(actor, command, plan);
  }

  /**
   * Takes a special inspection one step today ({@link org.lianfang.checks.InspectionTransitions}).
   *
   * @param actor who acts (needs {@code INSPECT} on the body's unit)
   * @param command the step
   * @return the inspection's id, or a refusal
   */
  public Outcome<SpecialInspectionId> stepInspection(Actor actor, InspectionStep command) {
    return runner.run(actor, command, stepInspection);
  }

  /**
   * Records what an inspection found in a unit it inspects today, and opens the rectification item its order asks.
   *
   * @param actor who acts (needs {@code INSPECT} on the body's unit and the unit inspected)
   * @param command the finding and its rectification
   * @return the finding's id, or a refusal
   */
  public Outcome<InspectionFindingId> recordFinding(Actor actor, RecordFinding command) {
    return runner.run(actor, command, finding);
  }

  /**
   * Records someone held accountable over a finding, as decided elsewhere.
   *
   * @param actor who acts (needs {@code INSPECT} on the finding's unit)
   * @param command who, what and the decision's reference
   * @return the finding's id, or a refusal
   */
  public Outcome<InspectionFindingId> recordAccountability(Actor actor, RecordAccountability command) {
    return runner.run(actor, command, accountability);
  }

  /**
   * Drafts a unit's half-year self-check (自查报告, P-12, P-23) today.
   *
   * @param actor who acts (needs {@code REVIEW_CHECKS} on the unit: its leader, the discipline body)
   * @param command the unit, the half and what it says
   * @return its id, or a refusal
   */
  public Outcome<SelfCheckReportId> draftSelfCheck(Actor actor, DraftSelfCheck command) {
    return runner.run(actor, command, draftSelfCheck);
  }

  /**
   * Rewrites a self-check while it is a draft.
   *
   * @param actor who acts (needs {@code REVIEW_CHECKS} on its unit)
   * @param command what it says now
   * @return its id, or a refusal
   */
  public Outcome<SelfCheckReportId> reviseSelfCheck(Actor actor, ReviseSelfCheck command) {
    return runner.run(actor, command, reviseSelfCheck);
  }

  /**
   * Takes a self-check one step today ({@link org.lianfang.checks.SelfCheckTransitions}): submitted by the unit, its
   * figures read from the unit's records today; acknowledged by the unit above.
   *
   * @param actor who acts (needs {@code REVIEW_CHECKS} on its unit to submit, on the unit above to acknowledge)
   * @param command the step
   * @return its id, or a refusal
   */
  public Outcome<SelfCheckReportId> stepSelfCheck(Actor actor, SelfCheckStep command) {
    return runner.run(actor, command, stepSelfCheck);
  }

  /**
   * Plans a public appraisal round (群众评议, S-12, P-25) of a unit today.
   *
   * @param actor who acts (needs {@code REVIEW_CHECKS} on the unit: its leader, the discipline body)
   * @param command the unit, the scale, the days and the items
   * @return its id, or a refusal
   */
  public Outcome<AppraisalRoundId> planAppraisal(Actor actor, PlanAppraisal command) {
    return runner.run(actor, command, planAppraisal);
  }

  /**
   * Takes a public appraisal round one step today ({@link org.lianfang.checks.AppraisalTransitions}); its analysis
   * flags the items at the instance's {@link org.lianfang.checks.CheckPolicy#flagPercent()}.
   *
   * @param actor who acts (needs {@code REVIEW_CHECKS} on its unit)
   * @param command the step
   * @return its id, or a refusal
   */
  public Outcome<AppraisalRoundId> stepAppraisal(Actor actor, AppraisalStep command) {
    return runner.run(actor, command, stepAppraisal);
  }

  /**
   * Records answers collected for a public appraisal round today: counts, comments with any contact sealed (P-11), and
   * a rectification item per dissatisfied comment, due in the policy's working days (P-25).
   *
   * @param actor who acts (needs {@code REVIEW_CHECKS} on its unit)
   * @param command the answers
   * @return its id, or a refusal
   */
  public Outcome<AppraisalRoundId> recordAppraisalAnswers(Actor actor, RecordAppraisalAnswers command) {
    return runner.run(actor, command, answers);
  }

  /** @return the reads of the checks, each checked by the access policy */
  public ChecksQueries queries() {
    return queries;
  }
}
