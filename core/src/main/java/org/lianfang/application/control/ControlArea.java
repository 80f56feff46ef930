package org.lianfang.application.control;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.ServiceCommitmentId;

/**
 * The control area (防控落实, the seed's second stage): a unit's control measures against its risk points (P-13), by
 * phase and defense line (S-7 to S-9, S-14), from draft to in force, for Form 3 (附表3, S-13); and its education
 * activities, the first line (P-15); the publication of its powers and its service commitments, on the second (P-16,
 * P-17). Each command takes the
 * {@link Actor} who acts and returns an {@link Outcome}; it is validated, then runs in one transaction that checks
 * access and the rules, writes, and appends its event to the unit's journal. A refused command changes nothing.
 * Built by {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store is.
 */
public final class ControlArea {
  static {
    Areas.register(ControlArea.class, ControlArea::new);
  }

  private final CommandRunner runner;
  private final DraftMeasureHandler draft;
  private final MeasureStepHandler step = new MeasureStepHandler();
  private final RecordEducationHandler recordEducation;
  private final WithdrawEducationHandler withdrawEducation = new WithdrawEducationHandler();
  private final PublishPowerHandler publishPower;
  private final WithdrawDisclosureHandler withdrawDisclosure = new WithdrawDisclosureHandler();
  private final ProposeCommitmentHandler proposeCommitment;
  private final CommitmentStepHandler stepCommitment = new CommitmentStepHandler();
  private final ControlQueries queries;

  private ControlArea(Wiring wiring) {
    this.runner = wiring.runner();
    wiring.runner().addReaction(new Orphans());
    this.draft = new DraftMeasureHandler(wiring.ids());
    this.recordEducation = new RecordEducationHandler(wiring.ids());
    this.publishPower = new PublishPowerHandler(wiring.ids());
    this.proposeCommitment = new ProposeCommitmentHandler(wiring.ids());
    this.queries = new ControlQueries(wiring.runner(), wiring.gradeLabels(), wiring.coveragePolicy(),
        wiring.residualGradingPolicy(), wiring.educationPolicy());
  }

  /**
   * Drafts a control measure (P-13) against risk points of the unit that are not retired (they may still be under
   * review), owned by officials of the unit or a unit above it (P-1), due today or later.
   *
   * @param actor who acts (needs {@code MANAGE_CONTROL} on the unit)
   * @param command the measure
   * @return its id, or a refusal
   */
  public Outcome<ControlMeasureId> draft(Actor actor, DraftMeasure command) {
    return runner.run(actor, command, draft);
  }

  /**
   * Takes a measure one step along its life today ({@link org.lianfang.control.MeasureTransitions}): register it on
   * Form 3, put it in force, retire it with a reason, or supersede it by a live measure of the same unit.
   *
   * @param actor who acts (needs {@code MANAGE_CONTROL} on the measure's unit)
   * @param command the step
   * @return the measure's id, or a refusal
   */
  public Outcome<ControlMeasureId> step(Actor actor, MeasureStep command) {
    return runner.run(actor, command, step);
  }

  /**
   * Records an education activity the unit has held (P-15, the first line): held today or before; its attendees and
   * the lecturer named by id serve in the unit or a unit above it; the posts and points it was aimed at are the
   * unit's.
   *
   * @param actor who acts (needs {@code RECORD_EDUCATION} on the unit)
   * @param command the activity
   * @return its id, or a refusal
   */
  public Outcome<EducationActivityId> recordEducation(Actor actor, RecordEducation command) {
    return runner.run(actor, command, recordEducation);
  }

  /**
   * Withdraws an education record entered by mistake, today; it stays in the archive and meets no obligation.
   *
   * @param actor who acts (needs {@code RECORD_EDUCATION} on the activity's unit)
   * @param command the record and why
   * @return its id, or a refusal
   */
  public Outcome<EducationActivityId> withdrawEducation(Actor actor, WithdrawEducation command) {
    return runner.run(actor, command, withdrawEducation);
  }

  /**
   * Publishes a power item as it is now (P-16): the first time, or again over its live disclosure, which is then no
   * longer stale. A secret item and private data are refused.
   *
   * @param actor who acts (needs {@code PUBLISH_POWER} on the item's unit)
   * @param command what is published, where and when
   * @return the disclosure's id, or a refusal
   */
  public Outcome<PowerDisclosureId> publishPower(Actor actor, PublishPower command) {
    return runner.run(actor, command, publishPower);
  }

  /**
   * Withdraws a power item's disclosure, today; it stays in the archive and leaves the public view.
   *
   * @param actor who acts (needs {@code PUBLISH_POWER} on the disclosure's unit)
   * @param command the disclosure and why
   * @return its id, or a refusal
   */
  public Outcome<PowerDisclosureId> withdrawDisclosure(Actor actor, WithdrawDisclosure command) {
    return runner.run(actor, command, withdrawDisclosure);
  }

  /**
   * Proposes a service commitment of the unit (P-17), for 审诺: held by an official of the unit or above, on a post
   * of the unit if any, over a period that has not ended.
   *
   * @param actor who acts (needs {@code MANAGE_COMMITMENTS} on the unit)
   * @param command the commitment
   * @return its id, or a refusal
   */
  public Outcome<ServiceCommitmentId> proposeCommitment(Actor actor, ProposeCommitment command) {
    return runner.run(actor, command, proposeCommitment);
  }

  /**
   * Takes a service commitment one step along its life today ({@link org.lianfang.control.CommitmentTransitions}):
   * 审诺, 公示, 践诺, 评诺 with a verdict (an excused breach explained in public), or 撤回 with a reason.
   *
   * @param actor who acts (needs {@code MANAGE_COMMITMENTS} on the commitment's unit)
   * @param command the step
   * @return the commitment's id, or a refusal
   */
  public Outcome<ServiceCommitmentId> stepCommitment(Actor actor, CommitmentStep command) {
    return runner.run(actor, command, stepCommitment);
  }

  /** @return the reads of the measures, each checked by the access policy */
  public ControlQueries queries() {
    return queries;
  }
}
