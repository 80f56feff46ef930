package org.lianfang.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;

/**
 * Where a risk point stands in its review (S-3, S-5, P-3, P-5): its {@link ReviewState}, the history of the steps that
 * led there, the public notice (公示) and the collective decision (集体定). It is the part of a {@link RiskPoint} that
 * the review workflow changes, and it guards that workflow: every step goes through the {@link ReviewTransitions}
 * table and the rules below, and anything else is refused with a reason in Chinese and English.
 *
 * <ul>
 *   <li>a point is published only with a current grade and its owner chain (S-6, P-1);
 *   <li>a notice starts today or later, never backdated (S-5);
 *   <li>comments are received only while the notice runs, on its half-open period {@code [start, end)} (P-5);
 *   <li>confirmation (集体定) needs the notice period to be over, with a decision day neither before its end nor after
 *       today (P-5);
 *   <li>a point that becomes stale loses its notice and confirmation, which no longer hold; the history keeps them
 *       (P-3), and the notice's comments are kept as {@link #earlierComments()}, their authors sealed as before (P-11;
 *       issue 10, finding 5): what people said of a point stays on record when the point changes.
 * </ul>
 *
 * <p>What the review needs to know of the rest of the point — whether it has a current grade and an owner chain before
 * publishing (S-6, P-1) — the {@link RiskPoint} tells it. The steps are package-private: a review changes only as part
 * of its point, so that every change produces the point's event. A restored review is taken as the store kept it.
 *
 * <p>No method takes or returns null. Immutable and thread-safe.
 */
public final class RiskReview {
  private static final RiskReview DRAFT = new RiskReview(ReviewState.DRAFT, null, null, List.of(), List.of());

  private final ReviewState state;
  private final PublicNotice notice;
  private final Confirmation confirmation;
  private final List<ReviewRecord> history;
  private final List<NoticeComment> earlierComments;

  private RiskReview(ReviewState state, PublicNotice notice, Confirmation confirmation, List<ReviewRecord> history,
      List<NoticeComment> earlierComments) {
    this.state = Objects.requireNonNull(state, "state");
    this.notice = notice;
    this.confirmation = confirmation;
    this.history = List.copyOf(history);
    this.earlierComments = List.copyOf(earlierComments);
  }

  /** @return the review of a point just identified: a draft, with no history, notice or confirmation (S-3) */
  public static RiskReview draft() {
    return DRAFT;
  }

  /**
   * Rebuilds a stored review as the store kept it; for store adapters and {@link RiskPoint#restore}.
   *
   * @param state the review state
   * @param notice the public notice, if published
   * @param confirmation the collective decision, if confirmed
   * @param history the review history, oldest first
   * @return the review
   * @throws NullPointerException if a part or an element of the history is null
   */
  public static RiskReview restore(
      ReviewState state, Optional<PublicNotice> notice, Optional<Confirmation> confirmation,
      List<ReviewRecord> history) {
    return restore(state, notice, confirmation, history, List.of());
  }

  /**
   * Rebuilds a stored review as the store kept it, with the comments of the notices it had before it went stale.
   *
   * @param state the review state
   * @param notice the public notice, if published
   * @param confirmation the collective decision, if confirmed
   * @param history the review history, oldest first
   * @param earlierComments the comments on earlier notices, oldest first ({@link #earlierComments()})
   * @return the review
   * @throws NullPointerException if a part or an element of a list is null
   */
  public static RiskReview restore(
      ReviewState state, Optional<PublicNotice> notice, Optional<Confirmation> confirmation,
      List<ReviewRecord> history, List<NoticeComment> earlierComments) {
    return new RiskReview(state, notice.orElse(null), confirmation.orElse(null), history, earlierComments);
  }

  /**
   * 审核: reviews a draft, or re-reviews a stale point (S-5, P-3).
   *
   * @param pointCode the point's code, for the refusal
   * @param actorId who reviews
   * @param at when
   * @param note the reviewer's note (may be empty)
   * @return the reviewed review, or a refusal
   */
  Outcome<RiskReview> review(String pointCode, String actorId, Instant at, String note) {
    return step(pointCode, ReviewAction.REVIEW, actorId, at, note, notice, confirmation);
  }

  /**
   * 公示: publishes a reviewed point for a period within a scope (S-5). The point must have a current grade, since
   * points are published with their grades (S-6), and its owner chain (P-1). The notice may start today or later,
   * never earlier: a backdated notice would let a point be confirmed without anyone having seen it.
   *
   * @param pointCode the point's code, for the refusal
   * @param graded whether the point has a grade that is not stale
   * @param owned whether the point names its owner chain
   * @param actorId who posts
   * @param at when
   * @param today the day it is published
   * @param audience to whom it is shown
   * @param scope where
   * @param start the first day
   * @param end the first day after the notice
   * @return the published review with its notice, or a refusal
   * @throws IllegalArgumentException if the period is empty
   */
  Outcome<RiskReview> publish(
      String pointCode, boolean graded, boolean owned, String actorId, Instant at, LocalDate today,
      NoticeAudience audience, String scope, LocalDate start, LocalDate end) {
    if (state == ReviewState.REVIEWED && start.isBefore(today)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "公示开始日 " + start + " 早于今天 " + today + "，公示不能倒签",
          "the notice cannot start (" + start + ") before today (" + today + ")"));
    }
    if (state == ReviewState.REVIEWED && !graded) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "风险点 " + pointCode + " 须先定级（或重新定级）才能公示",
          "risk point " + pointCode + " must be graded (or re-graded) before it is published"));
    }
    if (state == ReviewState.REVIEWED && !owned) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "风险点 " + pointCode + " 须明确直接责任人、部门负责人和责任领导才能公示",
          "risk point " + pointCode + " needs an owner chain (direct owner, section head, responsible leader) before "
              + "it is published"));
    }
    PublicNotice n = new PublicNotice(audience, scope, start, end, List.of());
    return step(pointCode, ReviewAction.PUBLISH, actorId, at, "", n, confirmation);
  }

  /**
   * Receives a comment while the notice runs (P-5). The state and the history stay as they are.
   *
   * @param pointCode the point's code, for the refusal
   * @param actorId who comments
   * @param at when
   * @param today the day it is received
   * @param text the comment
   * @param seal the comment's random seal ({@link NoticeComment#seal()})
   * @return the review with the comment appended to its notice, or a refusal
   */
  Outcome<RiskReview> comment(String pointCode, String actorId, Instant at, LocalDate today, String text,
      String seal) {
    if (state != ReviewState.PUBLISHED || !notice.runsOn(today)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "风险点 " + pointCode + " 不在公示期内，不能接收意见",
          "risk point " + pointCode + " is not under public notice on " + today + "; no comments are received"));
    }
    return Outcome.accepted(new RiskReview(state, notice.withComment(new NoticeComment(actorId, text, at, seal)),
        confirmation, history, earlierComments));
  }

  /**
   * 集体定: records the collective decision, once the notice period is over (S-3, P-5).
   *
   * @param pointCode the point's code, for the refusal
   * @param actorId who records it
   * @param at when
   * @param today the day it is recorded
   * @param decidedBy the deciding body
   * @param decidedOn the day of the decision
   * @return the confirmed review with its confirmation, or a refusal
   */
  Outcome<RiskReview> confirm(
      String pointCode, String actorId, Instant at, LocalDate today, String decidedBy, LocalDate decidedOn) {
    if (state == ReviewState.PUBLISHED) {
      if (today.isBefore(notice.end()) || decidedOn.isBefore(notice.end())) {
        return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
            "风险点 " + pointCode + " 公示期至 " + notice.end() + " 才结束，期满后方可集体确定",
            "risk point " + pointCode + " is under notice until " + notice.end() + "; confirm it after that"));
      }
      if (decidedOn.isAfter(today)) {
        return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
            "集体确定日期 " + decidedOn + " 不能晚于今天", "the decision day " + decidedOn + " is in the future"));
      }
    }
    Confirmation c = new Confirmation(decidedBy, decidedOn, actorId, at);
    return step(pointCode, ReviewAction.CONFIRM, actorId, at, decidedBy, notice, c);
  }

  /**
   * 撤销: retires the point. Final.
   *
   * @param pointCode the point's code, for the refusal
   * @param actorId who retires it
   * @param at when
   * @param reason why
   * @return the retired review, or a refusal
   */
  Outcome<RiskReview> retire(String pointCode, String actorId, Instant at, String reason) {
    return step(pointCode, ReviewAction.RETIRE, actorId, at, reason, notice, confirmation);
  }

  /**
   * Marks a reviewed, published or confirmed point stale (P-3): its notice and confirmation no longer hold and are
   * cleared; the history records the step; the notice's comments join {@link #earlierComments()} (issue 10, finding
   * 5).
   *
   * @param actorId whose change made the point stale
   * @param at when
   * @param cause what changed
   * @return the stale review, or empty if the table does not allow it (a draft, a stale or a retired point)
   */
  Optional<RiskReview> markStale(String actorId, Instant at, String cause) {
    if (!ReviewTransitions.allows(state, ReviewAction.MARK_STALE)) {
      return Optional.empty();
    }
    return Optional.of(new RiskReview(ReviewState.STALE, null, null,
        appended(new ReviewRecord(state, ReviewAction.MARK_STALE, ReviewState.STALE, actorId, at, cause)),
        allComments()));
  }

  /**
   * @return a copy in which every commenter's id reads {@link NoticeComment#SEALED}, the earlier notices' included, or
   *     this review if there is no comment (P-11)
   */
  RiskReview withCommentersSealed() {
    if (allComments().isEmpty()) {
      return this;
    }
    PublicNotice sealed = notice == null ? null : new PublicNotice(notice.audience(), notice.scope(),
        notice.start(), notice.end(), notice.comments().stream().map(NoticeComment::sealed).toList());
    return new RiskReview(state, sealed, confirmation, history,
        earlierComments.stream().map(NoticeComment::sealed).toList());
  }

  /**
   * Whether the grade and the owner chain may still change: while a draft, reviewed or stale (S-6, P-1, P-5). A
   * published or confirmed point's grade and owners are what the public saw and the collective decided; a retired
   * point is final.
   *
   * @return whether the point is open to revision
   */
  public boolean isRevisable() {
    return state == ReviewState.DRAFT || state == ReviewState.REVIEWED || state == ReviewState.STALE;
  }

  /**
   * The refusal to grade a point that is not {@link #isRevisable() revisable} (S-6, P-5).
   *
   * @param pointCode the point's code
   * @return the refusal, {@link Refusal.Code#ILLEGAL_TRANSITION}
   */
  Refusal notGradable(String pointCode) {
    return Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
        "风险点 " + pointCode + " 处于“" + state.chinese() + "”状态，不能定级",
        "risk point " + pointCode + " is " + state + "; it can be graded only as DRAFT, REVIEWED or STALE");
  }

  /**
   * The refusal of an action the workflow does not allow in this state.
   *
   * @param pointCode the point's code
   * @param action the action's name
   * @return the refusal, {@link Refusal.Code#ILLEGAL_TRANSITION}
   */
  Refusal illegal(String pointCode, String action) {
    return Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
        "风险点 " + pointCode + " 处于“" + state.chinese() + "”状态，不能执行该操作（" + action + "）",
        "risk point " + pointCode + " is " + state + "; " + action + " is not allowed");
  }

  private Outcome<RiskReview> step(
      String pointCode, ReviewAction action, String actorId, Instant at, String note, PublicNotice n,
      Confirmation c) {
    Optional<ReviewState> to = ReviewTransitions.target(state, action);
    if (to.isEmpty()) {
      return Outcome.refused(illegal(pointCode, action.name()));
    }
    return Outcome.accepted(new RiskReview(to.get(), n, c,
        appended(new ReviewRecord(state, action, to.get(), actorId, at, note)), earlierComments));
  }

  private List<ReviewRecord> appended(ReviewRecord r) {
    List<ReviewRecord> h = new ArrayList<>(history.size() + 1);
    h.addAll(history);
    h.add(r);
    return h;
  }

  /** @return the review state */
  public ReviewState state() {
    return state;
  }

  /** @return the public notice, if published and not made stale since */
  public Optional<PublicNotice> notice() {
    return Optional.ofNullable(notice);
  }

  /** @return the collective decision, if confirmed and not made stale since */
  public Optional<Confirmation> confirmation() {
    return Optional.ofNullable(confirmation);
  }

  /** @return the review history, oldest first, unmodifiable */
  public List<ReviewRecord> history() {
    return history;
  }

  /**
   * @return the comments received on the notices the point had before it went stale, oldest first, unmodifiable:
   *     kept when their notice no longer holds (issue 10, finding 5)
   */
  public List<NoticeComment> earlierComments() {
    return earlierComments;
  }

  /**
   * @return every comment the point has received, the earlier notices' first and then the current notice's, oldest
   *     first: a list that only grows, so a store appends to it and never rewrites it (issue 10, finding 5)
   */
  public List<NoticeComment> allComments() {
    if (notice == null || notice.comments().isEmpty()) {
      return earlierComments;
    }
    if (earlierComments.isEmpty()) {
      return notice.comments();
    }
    List<NoticeComment> all = new ArrayList<>(earlierComments);
    all.addAll(notice.comments());
    return List.copyOf(all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskReview r
        && state == r.state
        && Objects.equals(notice, r.notice)
        && Objects.equals(confirmation, r.confirmation)
        && history.equals(r.history)
        && earlierComments.equals(r.earlierComments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, notice, confirmation, history, earlierComments);
  }

  @Override
  public String toString() {
    return "RiskReview[" + state + ", " + history.size() + " steps]";
  }
}
