package org.lianfang.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
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
 * and tied to a power item, with its category, sources, discovery, owner chain, grade and review.
 *
 * <p>Every change goes through the {@link ReviewTransitions} table or a rule stated on the method; anything else comes
 * back as a {@link Outcome.Refused} and the point is unchanged. The review — state, history, notice (公示) and
 * confirmation (集体定) — is a {@link RiskReview}, which guards the workflow's steps and their rules (S-3, S-5, P-3,
 * P-5); the point builds the event of every change and adds its own rules: grade and owners change only while the
 * point is a draft, reviewed or stale, and it is published only with a current grade (S-6) and its owners (P-1).
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
  private final GradingRecord grading;
  private final RiskReview reviewing;
  private final String identifiedBy;
  private final String raiserSeal;
  private final Instant identifiedAt;
  private final long version;

  private RiskPoint(
      RiskPointId id, String code, RiskLocation location, RiskDescription description, OwnerChain owners,
      CustomFields custom, GradingRecord grading, RiskReview review, String identifiedBy, String raiserSeal,
      Instant identifiedAt, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.code = Objects.requireNonNull(code, "code");
    this.location = Objects.requireNonNull(location, "location");
    this.description = Objects.requireNonNull(description, "description");
    this.owners = owners;
    this.custom = Objects.requireNonNull(custom, "custom");
    this.grading = grading;
    this.reviewing = Objects.requireNonNull(review, "review");
    this.identifiedBy = Objects.requireNonNull(identifiedBy, "identifiedBy");
    this.raiserSeal = Objects.requireNonNull(raiserSeal, "raiserSeal");
    checkArgument(raiserSeal.isEmpty() || description.sealsRaiser(),
        "a point found by %s through %s names who raised it: it has no seal", description.method(),
        description.channel());
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
   * @param raiserSeal 128 fresh random bits in hex if the description {@link RiskDescription#sealsRaiser() seals
   *     who raised it}, else empty ({@link #raiserSeal()})
   * @param at when
   * @return the draft and its {@link RiskEvent.RiskPointIdentified} event
   * @throws IllegalArgumentException if a seal is given for a point whose raiser is not sealed
   */
  public static Change<RiskPoint> identify(
      RiskPointId id, String code, RiskLocation location, RiskDescription description, Optional<OwnerChain> owners,
      CustomFields custom, String actorId, String raiserSeal, Instant at) {
    RiskPoint p = new RiskPoint(id, code, location, description, owners.orElse(null), custom, null,
        RiskReview.draft(), actorId, raiserSeal, at, 0);
    return Change.of(p, new RiskEvent.RiskPointIdentified(location.unit(), id, code, location.post(),
        location.step(), location.powerItem(), description, owners, custom.asMap()));
  }

  /**
   * Rebuilds a stored risk point that has neither comments of earlier notices nor a raiser's seal, as {@link
   * #restore(RiskPointId, String, RiskLocation, RiskDescription, Optional, CustomFields, ReviewState, Optional,
   * Optional, Optional, List, List, String, String, Instant, long) the full form} does with both empty; for store
   * adapters and tests. The review parts are taken as given ({@link RiskReview#restore}).
   *
   * @return the risk point
   * @throws NullPointerException if a part is null
   */
  public static RiskPoint restore(
      RiskPointId id, String code, RiskLocation location, RiskDescription description, Optional<OwnerChain> owners,
      CustomFields custom, ReviewState state, Optional<GradingRecord> grading, Optional<PublicNotice> notice,
      Optional<Confirmation> confirmation, List<ReviewRecord> history, String identifiedBy, Instant identifiedAt,
      long version) {
    return restore(id, code, location, description, owners, custom, state, grading, notice, confirmation, history,
        List.of(), identifiedBy, "", identifiedAt, version);
  }

  /**
   * Rebuilds a stored risk point as the store kept it, whole; for store adapters.
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
   * @param earlierComments the comments on the notices before it went stale, oldest first ({@link #earlierComments()})
   * @param identifiedBy who identified it
   * @param raiserSeal the seal kept with a sealed raiser, or empty ({@link #raiserSeal()})
   * @param identifiedAt when
   * @param version the stored version
   * @return the risk point
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a seal is given for a point whose raiser is not sealed
   */
  public static RiskPoint restore(
      RiskPointId id, String code, RiskLocation location, RiskDescription description, Optional<OwnerChain> owners,
      CustomFields custom, ReviewState state, Optional<GradingRecord> grading, Optional<PublicNotice> notice,
      Optional<Confirmation> confirmation, List<ReviewRecord> history, List<NoticeComment> earlierComments,
      String identifiedBy, String raiserSeal, Instant identifiedAt, long version) {
    return new RiskPoint(id, code, location, description, owners.orElse(null), custom, grading.orElse(null),
        RiskReview.restore(state, notice, confirmation, history, earlierComments), identifiedBy, raiserSeal,
        identifiedAt, version);
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
    return reviewing.review(code, actorId, at, note)
        .map(r -> Change.of(with(owners, grading, r),
            new RiskEvent.RiskPointReviewed(location.unit(), id, state(), note)));
  }

  /**
   * 公示: publishes a reviewed, currently graded point for a period within a scope (S-5, S-6). The notice may start today
   * or later, never earlier: a backdated notice would let a point be confirmed without anyone having seen it.
   *
   * @param actorId who posts
   * @param at when
   * @param today the day it is published
   * @param audience to whom it is shown (issue 10, finding 11)
   * @param scope where
   * @param start the first day
   * @param end the first day after the notice
   * @return the published point, or a refusal
   * @throws IllegalArgumentException if the period is empty
   */
  public Outcome<Change<RiskPoint>> publish(
      String actorId, Instant at, LocalDate today, NoticeAudience audience, String scope, LocalDate start,
      LocalDate end) {
    boolean graded = grading != null && !grading.stale();
    return reviewing.publish(code, graded, owners != null, actorId, at, today, audience, scope, start, end)
        .map(r -> Change.of(with(owners, grading, r),
            new RiskEvent.RiskPointPublished(location.unit(), id, audience, scope, start, end)));
  }

  /**
   * Receives a comment on a published point while its notice runs (P-5).
   *
   * @param actorId who comments
   * @param at when
   * @param today the day it is received
   * @param text the comment
   * @param seal 128 fresh random bits in hex, kept with the comment so that the journal's digest of the point does
   *     not let anyone guess its author ({@link NoticeComment#seal()})
   * @return the point with the comment, or a refusal
   */
  public Outcome<Change<RiskPoint>> comment(String actorId, Instant at, LocalDate today, String text, String seal) {
    return reviewing.comment(code, actorId, at, today, text, seal)
        .map(r -> Change.of(with(owners, grading, r), new RiskEvent.NoticeCommentReceived(location.unit(), id, text)));
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
    return reviewing.confirm(code, actorId, at, today, decidedBy, decidedOn)
        .map(r -> Change.of(with(owners, grading, r),
            new RiskEvent.RiskPointConfirmed(location.unit(), id, decidedBy, decidedOn)));
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
    return retire(actorId, at, reason, Optional.empty());
  }

  /**
   * {@link #retire(String, Instant, String)}, saying what becomes of the control measures that would be left
   * controlling nothing (the control area reads it from the event and refuses a retirement that leaves some unsaid).
   *
   * @param actorId who retires it
   * @param at when
   * @param reason why
   * @param measures what becomes of those measures, if the retirement says
   * @return the retired point, or a refusal
   */
  public Outcome<Change<RiskPoint>> retire(String actorId, Instant at, String reason,
      Optional<OrphanMeasures> measures) {
    return reviewing.retire(code, actorId, at, reason).map(r -> Change.of(with(owners, grading, r),
        new RiskEvent.RiskPointRetired(location.unit(), id, reason, measures)));
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
    Optional<RiskReview> stale = reviewing.markStale(actorId, at, cause);
    boolean gradeChanges = state() != ReviewState.RETIRED && grading != null && !grading.stale();
    if (stale.isEmpty() && !gradeChanges) {
      return Optional.empty();
    }
    RiskPoint p = with(owners, grading == null ? null : grading.markedStale(), stale.orElse(reviewing));
    return Optional.of(Change.of(p, new RiskEvent.RiskPointMarkedStale(location.unit(), id, state(), cause)));
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
    if (!reviewing.isRevisable()) {
      return Outcome.refused(reviewing.notGradable(code));
    }
    RiskPoint p = with(owners, new GradingRecord(assessment, grade, actorId, at, false), reviewing);
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
    if (!reviewing.isRevisable()) {
      return Outcome.refused(reviewing.illegal(code, "ASSIGN_OWNERS"));
    }
    if (chain.equals(owners)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "责任人没有变化", "the owner chain is unchanged"));
    }
    return Outcome.accepted(Change.of(with(chain, grading, reviewing),
        new RiskEvent.OwnersAssigned(location.unit(), id, chain)));
  }

  /**
   * @return a copy in which every commenter's id, and a {@link RiskDescription#sealsRaiser() sealed raiser}'s, reads
   *     {@link NoticeComment#SEALED}, seals empty: what readers without clearance see (P-11; issue 10, finding 10)
   */
  public RiskPoint withIdentitiesSealed() {
    RiskReview sealed = reviewing.withCommentersSealed();
    boolean raiser = description.sealsRaiser();
    if (sealed == reviewing && !raiser) {
      return this;
    }
    return new RiskPoint(id, code, location, description, owners, custom, grading, sealed,
        raiser ? NoticeComment.SEALED : identifiedBy, "", identifiedAt, version);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public RiskPoint withVersion(long newVersion) {
    return new RiskPoint(id, code, location, description, owners, custom, grading, reviewing, identifiedBy,
        raiserSeal, identifiedAt, newVersion);
  }

  private RiskPoint with(OwnerChain o, GradingRecord g, RiskReview r) {
    return new RiskPoint(id, code, location, description, o, custom, g, r, identifiedBy, raiserSeal, identifiedAt,
        version);
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

  /** @return the review state ({@code riskReview().state()}) */
  public ReviewState state() {
    return reviewing.state();
  }

  /** @return the grade as given, if graded */
  public Optional<GradingRecord> grading() {
    return Optional.ofNullable(grading);
  }

  /** @return the public notice, if published and not made stale since ({@code riskReview().notice()}) */
  public Optional<PublicNotice> notice() {
    return reviewing.notice();
  }

  /** @return the collective decision, if confirmed and not made stale since ({@code riskReview().confirmation()}) */
  public Optional<Confirmation> confirmation() {
    return reviewing.confirmation();
  }

  /** @return the comments on the notices before the current one ({@code riskReview().earlierComments()}) */
  public List<NoticeComment> earlierComments() {
    return reviewing.earlierComments();
  }

  /** @return the review history, oldest first, unmodifiable ({@code riskReview().history()}) */
  public List<ReviewRecord> history() {
    return reviewing.history();
  }

  /** @return where it stands in its review: state, history, notice and confirmation together */
  public RiskReview riskReview() {
    return reviewing;
  }

  /** @return who identified it; {@link NoticeComment#SEALED} to readers without clearance if the raiser is sealed */
  public String identifiedBy() {
    return identifiedBy;
  }

  /**
   * @return the raiser's seal, 128 random bits in hex that the point's digest covers with the raiser, as a comment's
   *     ({@link NoticeComment#seal()}, P-11); empty if the raiser is not sealed, was stored unsealed, or is hidden
   */
  public String raiserSeal() {
    return raiserSeal;
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
        && Objects.equals(grading, r.grading)
        && reviewing.equals(r.reviewing)
        && identifiedBy.equals(r.identifiedBy)
        && raiserSeal.equals(r.raiserSeal)
        && identifiedAt.equals(r.identifiedAt)
        && version == r.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, code, location, description, owners, custom, grading, reviewing, identifiedBy,
        raiserSeal, identifiedAt, version);
  }

  @Override
  public String toString() {
    return "RiskPoint[" + code + " " + state() + "]";
  }
}
