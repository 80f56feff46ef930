package org.lianfang.application.risk;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.risk.RiskPointId;

/**
 * The risk area: finding the integrity risk points (廉政风险点) of each post and unit by the five methods (S-3, S-4),
 * reviewing them (审核, S-5), grading them with the policy in force (S-6, P-4), publishing them (公示, S-5) for comment
 * (P-5), confirming them collectively (集体定, S-3), naming their owners (P-1) and retiring them (S-12). Each command
 * takes the {@link Actor} who acts and returns an {@link Outcome}; it is validated, then runs in one transaction that
 * checks access and the rules, writes, and appends its events to the unit's journal. A refused command changes
 * nothing. Built by {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store is.
 */
public final class RiskArea {
  static {
    Areas.register(RiskArea.class, RiskArea::new);
  }

  private final CommandRunner runner;
  private final IdentifyRiskPointHandler identify;
  private final ReviewRiskPointHandler review = new ReviewRiskPointHandler();
  private final GradeRiskPointHandler grade;
  private final PublishRiskPointHandler publish = new PublishRiskPointHandler();
  private final CommentOnNoticeHandler comment;
  private final ConfirmRiskPointHandler confirm = new ConfirmRiskPointHandler();
  private final RetireRiskPointHandler retire = new RetireRiskPointHandler();
  private final AssignOwnersHandler assignOwners = new AssignOwnersHandler();
  private final RiskQueries queries;

  private RiskArea(Wiring wiring) {
    this.runner = wiring.runner();
    this.identify = new IdentifyRiskPointHandler(wiring.ids());
    this.comment = new CommentOnNoticeHandler(wiring.commentLimits(), wiring.ids());
    this.grade = new GradeRiskPointHandler(wiring.gradingPolicy());
    this.queries = new RiskQueries(wiring.runner(), wiring.gradeLabels());
    wiring.runner().addReaction(new Staleness());
  }

  /**
   * Records a risk point found by one of the five methods (S-3, S-4) as a draft, on a post or on the unit as a whole,
   * optionally at a process step and tied to a power item of the same unit (P-2). Owners, if named, are on the staff
   * of the unit or a unit above it (P-1).
   *
   * @param actor who acts (needs {@code IDENTIFY_RISK} on the unit; a post holder has it on the posts held, 自己找)
   * @param command the risk point found
   * @return its id, or a refusal
   */
  public Outcome<RiskPointId> identify(Actor actor, IdentifyRiskPoint command) {
    return runner.run(actor, command, identify);
  }

  /**
   * 审核: reviews a draft, or re-reviews a stale point (S-5, P-3, P-5).
   *
   * @param actor who acts (needs {@code REVIEW_RISK} on the point's unit)
   * @param command the review
   * @return the point's id, or a refusal
   */
  public Outcome<RiskPointId> review(Actor actor, ReviewRiskPoint command) {
    return runner.run(actor, command, review);
  }

  /**
   * Grades or re-grades a point with the policy in force (S-6, P-3, P-4), on the facts of its post, or of all the
   * unit's posts for a unit-wide point, with the powers the unit's power list gives them (S-2).
   *
   * @param actor who acts (needs {@code GRADE_RISK} on the point's unit)
   * @param command the grading
   * @return the point's id, or a refusal
   */
  public Outcome<RiskPointId> grade(Actor actor, GradeRiskPoint command) {
    return runner.run(actor, command, grade);
  }

  /**
   * 公示: publishes a reviewed, graded point with its owners within a scope for a period starting today or later
   * (S-5, S-6, P-1); the public sees it from the period's first day.
   *
   * @param actor who acts (needs {@code PUBLISH_RISK} on the point's unit)
   * @param command the notice
   * @return the point's id, or a refusal
   */
  public Outcome<RiskPointId> publish(Actor actor, PublishRiskPoint command) {
    return runner.run(actor, command, publish);
  }

  /**
   * A comment on a published point while its notice runs (P-5); who commented is sealed from all but the discipline
   * body (P-11).
   *
   * @param actor who acts (needs {@code COMMENT} on the point's unit)
   * @param command the comment
   * @return the point's id, or a refusal
   */
  public Outcome<RiskPointId> comment(Actor actor, CommentOnNotice command) {
    return runner.run(actor, command, comment);
  }

  /**
   * 集体定: records the unit's collective decision confirming a published point, once its notice has run (S-3, P-5).
   *
   * @param actor who acts (needs {@code CONFIRM_RISK} on the point's unit)
   * @param command the decision
   * @return the point's id, or a refusal
   */
  public Outcome<RiskPointId> confirm(Actor actor, ConfirmRiskPoint command) {
    return runner.run(actor, command, confirm);
  }

  /**
   * 撤销: retires a point that no longer applies (S-12).
   *
   * @param actor who acts (needs {@code RETIRE_RISK} on the point's unit)
   * @param command the reason
   * @return the point's id, or a refusal
   */
  public Outcome<RiskPointId> retire(Actor actor, RetireRiskPoint command) {
    return runner.run(actor, command, retire);
  }

  /**
   * Names a point's owner chain (P-1): direct owner, section head and responsible leader, each on the staff of the
   * point's unit or a unit above it. Once the point is published the chain stays fixed.
   *
   * @param actor who acts (needs {@code ASSIGN_OWNERS} on the point's unit)
   * @param command the owner chain
   * @return the point's id, or a refusal
   */
  public Outcome<RiskPointId> assignOwners(Actor actor, AssignOwners command) {
    return runner.run(actor, command, assignOwners);
  }

  /** @return the risk reads (points, Form 2, totals, heat map, public view), each checked by the access policy */
  public RiskQueries queries() {
    return queries;
  }
}
