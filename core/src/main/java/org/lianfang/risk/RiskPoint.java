package org.lianfang.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;

/**
 * A place where power could be abused (廉政风险点): on a post or on the unit as a whole, optionally at a process step
 * and tied to a power item, with its category, sources, discovery, owner chain, grade and review history.
 *
 * <p>Every change goes through the {@link ReviewTransitions} table or a rule stated on the method; anything else comes
 * back as a {@link Outcome.Refused} and the point is unchanged. Extra rules beyond the table:
 *
 * <ul>
 *   <li>grading is allowed while the point is a draft, reviewed or stale — a published or confirmed grade is fixed
 *       (S-6, P-5);
 *   <li>publishing needs a current grade and an owner chain: points are published with their grades (S-6) and
 *       owners (P-1), and neither changes once published;
 *   <li>a notice starts today or later, never backdated (S-5);
 *   <li>comments are received only while the notice runs (P-5);
 *   <li>confirmation (集体定) needs the notice period to be over (P-5).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class RiskPoint implements Aggregate<RiskPointId> {
  private final RiskPointId id;
  private final String code;
  private final RiskLocation location;
  private final RiskDescription description;
  private final OwnerChain owners;
  private final CustomFields custom;
  private final ReviewState state;
  private final GradingRecord grading;
  private final PublicNotice notice;
  private final Confirmation confirmation;
  private final List<ReviewRecord> history;
  private final String identifiedBy;
  private final Instant identifiedAt;
  private final long version;

  private RiskPoint(
      RiskPointId id, String code, RiskLocation location, RiskDescription description, OwnerChain owners,
      CustomFields custom, ReviewState state, GradingRecord grading, PublicNotice notice, Confirmation confirmation,
      List<ReviewRecord> history, String identifiedBy, Instant identifiedAt, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.code = Objects.requireNonNull(code, "code");
    this.location = Objects.requireNonNull(location, "location");
    this.description = Objects.requireNonNull(description, "description");
    this.owners = owners;
    this.custom = Objects.requireNonNull(custom, "custom");
    this.state = Objects.requireNonNull(state, "state");
    this.grading = grading;
    this.notice = notice;
    this.confirmation = confirmation;
    this.history = List.copyOf(history);
    this.identifiedBy = Objects.requireNonNull(identifiedBy, "identifiedBy");
    this.identifiedAt = Objects.requireNonNull(identifiedAt, "identifiedAt");
    this.version = version;
  }

  /**
   * Identifies a new risk point as a draft (S-3).
   *
   * @param id its id
   * @param code the code people read, unique within the unit
   * @param location where it sits
   * @param description what it is and how it was found
   * @param owners its owner chain, if already named
   * @param custom custom fields
   * @param actorId who identified it
   * @param at when
   * @return the draft and its {@link RiskEvent.RiskPointIdentified} event
   */
  public static Change<RiskPoint> identify(
      RiskPointId id, String code, RiskLocation location, RiskDescription description, Optional<OwnerChain> owners,
      CustomFields custom, String actorId, Instant at) {
    RiskPoint p = new RiskPoint(id, code, location, description, owners.orElse(null), custom, ReviewState.DRAFT,
        null, null, null, List.of(), actorId, at, 0);
    return Change.of(p, new RiskEvent.RiskPointIdentified(location.unit(), id, code, location.post(),
        location.step(), location.powerItem(), description, owners, custom.asMap()));
  }

  /**
   * Rebuilds a stored risk point; for store adapters.
   *
   * @param id the id
   * @param code the code
   * @param location the location
   * @param description the description
   * @param owners the owner chain, if named
   * @param custom custom fields
   * @param state the review state
   * @param grading the grade, if graded
   * @param notice the public notice, if published
   * @param confirmation the collective decision, if confirmed
   * @param history the review history
   * @param identifiedBy who identified it
   * @param identifiedAt when
   * @param version the stored version
   * @return the risk point
   */
  public static RiskPoint restore(
      RiskPointId id, String code, RiskLocation location, RiskDescription description, Optional<OwnerChain> owners,
      CustomFields custom, ReviewState state, Optional<GradingRecord> grading, Optional<PublicNotice> notice,
      Optional<Confirmation> confirmation, List<ReviewRecord> history, String identifiedBy, Instant identifiedAt,
      long version) {
    return new RiskPoint(id, code, location, description, owners.orElse(null), custom, state, grading.orElse(null),
        notice.orElse(null), confirmation.orElse(null), history, identifiedBy, identifiedAt, version);
  }

  /**
   * 审核: reviews a draft, or re-reviews a stale point (S-5, P-3).
   *
   * @param actorId who reviews
   * @param at when
   * @param note the reviewer's note (may be empty)
   * @return the reviewed point, or a refusal
   */
  public Outcome<Change<RiskPoint>> review(String actorId, Instant at, String note) {
    return transition(ReviewAction.REVIEW, actorId, at, note)
        .map(p -> Change.of(p, new RiskEvent.RiskPointReviewed(location.unit(), id, state, note)));
  }

  /**
   * 公示: publishes a reviewed, currently graded point for a period within a scope (S-5, S-6). The notice may start today
   * or later, never earlier: a backdated notice would let a point be confirmed without anyone having seen it.
   *
   * @param actorId who posts
   * @param at when
   * @param today the day it is published
   * @param scope where
   * @param start the first day
   * @param end the first day after the notice
   * @return the published point, or a refusal
   */
  public Outcome<Change<RiskPoint>> publish(
      String actorId, Instant at, LocalDate today, String scope, LocalDate start, LocalDate end) {
    if (state == ReviewState.REVIEWED && start.isBefore(today)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "公示开始日 " + start + " 早于今天 " + today + "，公示不能倒签",
          "the notice cannot start (" + start + ") before today (" + today + ")"));
    }
    if (state == ReviewState.REVIEWED && (grading == null || grading.stale())) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "风险点 " + code + " 须先定级（或重新定级）才能公示",
          "risk point " + code + " must be graded (or re-graded) before it is published"));
    }
    if (state == ReviewState.REVIEWED && owners == null) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "风险点 " + code + " 须明确直接责任人、部门负责人和责任领导才能公示",
          "risk point " + code + " needs an owner chain (direct owner, section head, responsible leader) before it "
              + "is published"));
    }
    PublicNotice n = new PublicNotice(scope, start, end, List.of());
    return transition(ReviewAction.PUBLISH, actorId, at, "")
        .map(p -> p.withNotice(n))
        .map(p -> Change.of(p, new RiskEvent.RiskPointPublished(location.unit(), id, scope, start, end)));
  }

  /**
   * Receives a comment on a published point while its notice runs (P-5).
   *
   * @param actorId who comments
   * @param at when
   * @param today the day it is received
   * @param text the comment
   * @return the point with the comment, or a refusal
   */
  public Outcome<Change<RiskPoint>> comment(String actorId, Instant at, LocalDate today, String text) {
    if (state != ReviewState.PUBLISHED || !notice.runsOn(today)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "风险点 " + code + " 不在公示期内，不能接收意见",
          "risk point " + code + " is not under public notice on " + today + "; no comments are received"));
    }
    RiskPoint p = copy(state, grading, notice.withComment(new NoticeComment(actorId, text, at)), confirmation,
        history);
    return Outcome.accepted(Change.of(p, new RiskEvent.NoticeCommentReceived(location.unit(), id, text)));
  }

  /**
   * 集体定: records the collective decision that confirms a published point, once its notice period is over (S-3, P-5).
   *
   * @param actorId who records it
   * @param at when
   * @param today the day it is recorded
   * @param decidedBy the deciding body
   * @param decidedOn the day of the decision
   * @return the confirmed point, or a refusal
   */
  public Outcome<Change<RiskPoint>> confirm(
      String actorId, Instant at, LocalDate today, String decidedBy, LocalDate decidedOn) {
    if (state == ReviewState.PUBLISHED) {
      if (today.isBefore(notice.end()) || decidedOn.isBefore(notice.end())) {
        return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
            "风险点 " + code + " 公示期至 " + notice.end() + " 才结束，期满后方可集体确定",
            "risk point " + code + " is under notice until " + notice.end() + "; confirm it after that"));
      }
      if (decidedOn.isAfter(today)) {
        return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
            "集体确定日期 " + decidedOn + " 不能晚于今天", "the decision day " + decidedOn + " is in the future"));
      }
    }
    Confirmation c = new Confirmation(decidedBy, decidedOn, actorId, at);
    return transition(ReviewAction.CONFIRM, actorId, at, decidedBy)
        .map(p -> p.copy(p.state, p.grading, p.notice, c, p.history))
        .map(p -> Change.of(p, new RiskEvent.RiskPointConfirmed(location.unit(), id, decidedBy, decidedOn)));
  }

  /**
   * 撤销: retires the point. Final.
   *
   * @param actorId who retires it
   * @param at when
   * @param reason why
   * @return the retired point, or a refusal
   */
  public Outcome<Change<RiskPoint>> retire(String actorId, Instant at, String reason) {
    return transition(ReviewAction.RETIRE, actorId, at, reason)
        .map(p -> Change.of(p, new RiskEvent.RiskPointRetired(location.unit(), id, reason)));
  }

  /**
   * Marks the point stale because its post, power or process changed (P-3): a reviewed, published or confirmed point
   * becomes {@link ReviewState#STALE}, and any grade is flagged for re-grading. Its notice and confirmation no longer
   * hold and are cleared (the history and the journal keep them); it must be reviewed, graded, published and confirmed
   * again. A draft keeps its state; a retired point is left alone.
   *
   * @param actorId who made the change
   * @param at when
   * @param cause what changed
   * @return the change, or empty if nothing changes
   */
  public Optional<Change<RiskPoint>> markStale(String actorId, Instant at, String cause) {
    if (state == ReviewState.RETIRED) {
      return Optional.empty();
    }
    boolean stateChanges = ReviewTransitions.allows(state, ReviewAction.MARK_STALE);
    boolean gradeChanges = grading != null && !grading.stale();
    if (!stateChanges && !gradeChanges) {
      return Optional.empty();
    }
    GradingRecord g = grading == null ? null : grading.markedStale();
    RiskPoint p;
    if (stateChanges) {
      List<ReviewRecord> h = appended(new ReviewRecord(state, ReviewAction.MARK_STALE, ReviewState.STALE, actorId, at,
          cause));
      p = copy(ReviewState.STALE, g, null, null, h);
    } else {
      p = copy(state, g, notice, confirmation, history);
    }
    return Optional.of(Change.of(p, new RiskEvent.RiskPointMarkedStale(location.unit(), id, state, cause)));
  }

  /**
   * Grades or re-grades the point (S-6, P-3, 逐点定级): allowed while it is a draft, reviewed or stale.
   *
   * @param actorId who grades
   * @param at when
   * @param assessment the judgment graded
   * @param grade the policy's grade
   * @return the graded point, or a refusal
   */
  public Outcome<Change<RiskPoint>> grade(String actorId, Instant at, Assessment assessment, Grade grade) {
    if (state != ReviewState.DRAFT && state != ReviewState.REVIEWED && state != ReviewState.STALE) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "风险点 " + code + " 处于“" + state.chinese() + "”状态，不能定级",
          "risk point " + code + " is " + state + "; it can be graded only as DRAFT, REVIEWED or STALE"));
    }
    GradingRecord g = new GradingRecord(assessment, grade, actorId, at, false);
    RiskPoint p = copy(state, g, notice, confirmation, history);
    List<String> rules = grade.rationale().stream().map(FiredRule::code).toList();
    return Outcome.accepted(Change.of(p,
        new RiskEvent.RiskPointGraded(location.unit(), id, assessment, grade.level(), rules, grade.policy())));
  }

  /**
   * Names or changes the owner chain (P-1) while the point is a draft, reviewed or stale: the owners of a published or
   * confirmed point are what the public saw and the collective decided (a change of holder makes the point stale
   * first). An unchanged chain is refused.
   *
   * @param actorId who assigns
   * @param chain the new chain
   * @return the point with the chain, or a refusal
   */
  public Outcome<Change<RiskPoint>> assignOwners(String actorId, OwnerChain chain) {
    if (state != ReviewState.DRAFT && state != ReviewState.REVIEWED && state != ReviewState.STALE) {
      return Outcome.refused(illegal(state, "ASSIGN_OWNERS"));
    }
    if (chain.equals(owners)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "责任人没有变化", "the owner chain is unchanged"));
    }
    RiskPoint p = new RiskPoint(id, code, location, description, chain, custom, state, grading, notice,
        confirmation, history, identifiedBy, identifiedAt, version);
    return Outcome.accepted(Change.of(p, new RiskEvent.OwnersAssigned(location.unit(), id, chain)));
  }

  /**
   * @return a copy in which every commenter's id reads {@link NoticeComment#SEALED}: what actors without clearance for
   *     sealed identities see (P-11)
   */
  public RiskPoint withCommentersSealed() {
    if (notice == null || notice.comments().isEmpty()) {
      return this;
    }
    PublicNotice sealed = new PublicNotice(notice.scope(), notice.start(), notice.end(), notice.comments().stream()
        .map(c -> new NoticeComment(NoticeComment.SEALED, c.text(), c.receivedAt())).toList());
    return copy(state, grading, sealed, confirmation, history);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public RiskPoint withVersion(long newVersion) {
    return new RiskPoint(id, code, location, description, owners, custom, state, grading, notice, confirmation,
        history, identifiedBy, identifiedAt, newVersion);
  }

  private Outcome<RiskPoint> transition(ReviewAction action, String actorId, Instant at, String note) {
    Optional<ReviewState> to = ReviewTransitions.target(state, action);
    if (to.isEmpty()) {
      return Outcome.refused(illegal(state, action.name()));
    }
    return Outcome.accepted(copy(to.get(), grading, notice, confirmation,
        appended(new ReviewRecord(state, action, to.get(), actorId, at, note))));
  }

  private Refusal illegal(ReviewState from, String action) {
    return Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
        "风险点 " + code + " 处于“" + from.chinese() + "”状态，不能执行该操作（" + action + "）",
        "risk point " + code + " is " + from + "; " + action + " is not allowed");
  }

  private List<ReviewRecord> appended(ReviewRecord r) {
    List<ReviewRecord> h = new ArrayList<>(history);
    h.add(r);
    return h;
  }

  private RiskPoint withNotice(PublicNotice n) {
    return copy(state, grading, n, confirmation, history);
  }

  private RiskPoint copy(
      ReviewState s, GradingRecord g, PublicNotice n, Confirmation c, List<ReviewRecord> h) {
    return new RiskPoint(id, code, location, description, owners, custom, s, g, n, c, h, identifiedBy,
        identifiedAt, version);
  }


  /** @return the id */
  @Override
  public RiskPointId id() {
    return id;
  }

  /** @return the code people read */
  public String code() {
    return code;
  }

  /** @return where it sits */
  public RiskLocation location() {
    return location;
  }

  /** @return the unit whose records it belongs to: its location's unit ({@code location().unit()}) */
  @Override
  public UnitId unitId() {
    return location.unit();
  }

  /** @return what it is and how it was found */
  public RiskDescription description() {
    return description;
  }

  /** @return the owner chain, if named */
  public Optional<OwnerChain> owners() {
    return Optional.ofNullable(owners);
  }

  /** @return the custom fields */
  public CustomFields custom() {
    return custom;
  }

  /** @return the review state */
  public ReviewState state() {
    return state;
  }

  /** @return the grade as given, if graded */
  public Optional<GradingRecord> grading() {
    return Optional.ofNullable(grading);
  }

  /** @return the public notice, if ever published */
  public Optional<PublicNotice> notice() {
    return Optional.ofNullable(notice);
  }

  /** @return the collective decision, if confirmed */
  public Optional<Confirmation> confirmation() {
    return Optional.ofNullable(confirmation);
  }

  /** @return the review history, oldest first, unmodifiable */
  public List<ReviewRecord> history() {
    return history;
  }

  /** @return who identified it */
  public String identifiedBy() {
    return identifiedBy;
  }

  /** @return when it was identified */
  public Instant identifiedAt() {
    return identifiedAt;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskPoint r
        && id.equals(r.id)
        && code.equals(r.code)
        && location.equals(r.location)
        && description.equals(r.description)
        && Objects.equals(owners, r.owners)
        && custom.equals(r.custom)
        && state == r.state
        && Objects.equals(grading, r.grading)
        && Objects.equals(notice, r.notice)
        && Objects.equals(confirmation, r.confirmation)
        && history.equals(r.history)
        && identifiedBy.equals(r.identifiedBy)
        && identifiedAt.equals(r.identifiedAt)
        && version == r.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, code, location, description, owners, custom, state, grading, notice, confirmation,
        history, identifiedBy, identifiedAt, version);
  }

  @Override
  public String toString() {
    return "RiskPoint[" + code + " " + state + "]";
  }
}
