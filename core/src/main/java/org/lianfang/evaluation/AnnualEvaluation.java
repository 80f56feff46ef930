package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.grading.PolicyVersion;

/**
 * A unit's annual evaluation (年度考核, S-11, P-24): one per unit and year, under the policy named when the unit
 * assessed itself. The unit's self-assessment, then the discipline body's reading of its records with deductions and
 * vetoes, the leaders' scores, the decision fixing the total and band, and its publication; every step follows {@link
 * EvaluationTransitions}. {@link #scorecard} re-reads it under the policy of its version. That the actors are the
 * unit's and the body above's is for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnualEvaluation implements Aggregate<AnnualEvaluationId> {
  private final AnnualEvaluationId id;
  private final UnitId unitId;
  private final Year year;
  private final PolicyVersion policy;
  private final SelfAssessment self;
  private final Optional<EvaluationReview> review;
  private final List<BigDecimal> leaders;
  private final Optional<EvaluationDecision> decision;
  private final Optional<LocalDate> published;
  private final long version;

  private AnnualEvaluation(AnnualEvaluationId id, UnitId unitId, Year year, PolicyVersion policy, SelfAssessment self,
      Optional<EvaluationReview> review, List<BigDecimal> leaders, Optional<EvaluationDecision> decision,
      Optional<LocalDate> published, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.year = Objects.requireNonNull(year, "year");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.self = Objects.requireNonNull(self, "self");
    this.review = Objects.requireNonNull(review, "review");
    this.leaders = List.copyOf(leaders);
    this.decision = Objects.requireNonNull(decision, "decision");
    this.published = Objects.requireNonNull(published, "published");
    this.version = version;
    boolean ordered = (review.isPresent() || leaders.isEmpty() && decision.isEmpty())
        && (decision.isEmpty() || !leaders.isEmpty()) && (published.isEmpty() || decision.isPresent())
        && review.map(r -> !r.day().isBefore(self.day()) && r.figures().unit().equals(unitId)
            && r.figures().year().equals(year)).orElse(true)
        && decision.map(d -> !d.day().isBefore(review.get().day())).orElse(true)
        && published.map(p -> !p.isBefore(decision.get().day())).orElse(true)
        && leaders.stream().allMatch(x -> x.signum() >= 0 && x.compareTo(BigDecimal.valueOf(100)) <= 0);
    if (!ordered) {
      throw new IllegalArgumentException("an evaluation is self-assessed, inspected (its figures its own), proposed "
          + "(leaders' scores 0 to 100), decided and published, in that order");
    }
  }

  /**
   * A unit's self-assessment of its year, not yet stored.
   *
   * @param id the id
   * @param unitId the unit
   * @param year the year: begun by today
   * @param policy the policy it is scored under
   * @param self the self-assessment, entered today
   * @return it and its {@link EvaluationEvent.SelfAssessed} event, or a refusal if the year has not begun
   */
  public static Outcome<Change<AnnualEvaluation>> assess(AnnualEvaluationId id, UnitId unitId, Year year,
      PolicyVersion policy, SelfAssessment self) {
    if (self.day().getYear() < year.getValue()) {
      return Outcome.refused(Refusal.invalidField("year", "NotInTheFuture", "考核年度", "year", "考核年度 " + year
          + " 尚未开始（今天是 " + self.day() + "）", "the year " + year + " has not begun; today is " + self.day()));
    }
    AnnualEvaluation e = new AnnualEvaluation(id, unitId, year, policy, self, Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), 0);
    return Outcome.accepted(Change.of(e, new EvaluationEvent.SelfAssessed(unitId, id, year, policy, self)));
  }

  /**
   * Rebuilds a stored evaluation; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param year the year
   * @param policy the policy
   * @param self the self-assessment
   * @param review the body's reading, once inspected
   * @param leaders the leaders' scores, once proposed
   * @param decision the decision
   * @param published the day it was published
   * @param version the stored version
   * @return the evaluation
   */
  public static AnnualEvaluation restore(AnnualEvaluationId id, UnitId unitId, Year year, PolicyVersion policy,
      SelfAssessment self, Optional<EvaluationReview> review, List<BigDecimal> leaders,
      Optional<EvaluationDecision> decision, Optional<LocalDate> published, long version) {
    return new AnnualEvaluation(id, unitId, year, policy, self, review, leaders, decision, published, version);
  }

  /**
   * The body's reading of the unit's records.
   *
   * @param read the figures read today, the deductions and the vetoes
   * @return it and its {@link EvaluationEvent.Stepped} event, or a refusal
   */
  public Outcome<Change<AnnualEvaluation>> inspect(EvaluationReview read) {
    return step(EvaluationAction.INSPECT, read.day(), Optional.of(read), List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * @param scores each leader's score, 0 to 100, at least one
   * @param day the day
   * @return it with the leaders' scores and its {@link EvaluationEvent.Stepped} event, or a refusal
   */
  public Outcome<Change<AnnualEvaluation>> propose(List<BigDecimal> scores, LocalDate day) {
    if (scores.isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "至少录入一位领导的评分",
          "at least one leader's score is entered"));
    }
    return step(EvaluationAction.PROPOSE, day, review, scores, Optional.empty(), Optional.empty());
  }

  /**
   * @param decided the total and band of its scorecard today, and what the body says
   * @return it decided and its {@link EvaluationEvent.Stepped} event, or a refusal
   */
  public Outcome<Change<AnnualEvaluation>> decide(EvaluationDecision decided) {
    return step(EvaluationAction.DECIDE, decided.day(), review, leaders, Optional.of(decided), Optional.empty());
  }

  /** @param day the day @return it published and its {@link EvaluationEvent.Stepped} event, or a refusal */
  public Outcome<Change<AnnualEvaluation>> publish(LocalDate day) {
    return step(EvaluationAction.PUBLISH, day, review, leaders, decision, Optional.of(day));
  }

  private Outcome<Change<AnnualEvaluation>> step(EvaluationAction action, LocalDate day,
      Optional<EvaluationReview> r, List<BigDecimal> l, Optional<EvaluationDecision> d, Optional<LocalDate> p) {
    Optional<Refusal> refused = refusal(action);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    LocalDate last = decision.map(EvaluationDecision::day).or(() -> review.map(EvaluationReview::day))
        .orElse(self.day());
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于上一步的 " + last,
          "the day " + day + " is before the last step's, " + last));
    }
    AnnualEvaluation next = new AnnualEvaluation(id, unitId, year, policy, self, r, l, d, p, version);
    return Outcome.accepted(Change.of(next, new EvaluationEvent.Stepped(unitId, id, action, day,
        action == EvaluationAction.INSPECT ? r : Optional.empty(), action == EvaluationAction.PROPOSE ? l
            : List.of(), action == EvaluationAction.DECIDE ? d : Optional.empty())));
  }

  /**
   * @param action a step
   * @return why {@link EvaluationTransitions} refuses it in the evaluation's state; empty if it allows it
   */
  public Optional<Refusal> refusal(EvaluationAction action) {
    if (EvaluationTransitions.target(state(), action).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "考核处于“" + state().chinese() + "”状态，不能"
        + action.chinese(), "the evaluation is " + state().code() + "; " + action.code() + " is not allowed"));
  }

  /**
   * @param p a policy
   * @return the evaluation's scorecard under it, once inspected and if it is the policy of its version and the record
   *     fits it (a score per item within its weight, deductions naming its items: a record imported from elsewhere
   *     may not); the decision, once taken, is the record's and does not move with it
   */
  public Optional<Scorecard> scorecard(EvaluationPolicy p) {
    List<EvaluationItem> items = p.items();
    boolean fits = self.items().size() == items.size() && review.map(r -> r.deductions().stream()
        .allMatch(d -> items.stream().anyMatch(i -> i.code().equals(d.item())))).orElse(true);
    for (int i = 0; fits && i < items.size(); i++) {
      fits = self.items().get(i).compareTo(BigDecimal.valueOf(items.get(i).weight())) <= 0;
    }
    if (review.isEmpty() || !p.version().equals(policy) || !fits) {
      return Optional.empty();
    }
    EvaluationReview r = review.get();
    return Optional.of(Scorecard.of(p, r.figures(), Optional.of(self.total()), r.deductions(), leaders,
        r.vetoes()));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public AnnualEvaluation withVersion(long newVersion) {
    return new AnnualEvaluation(id, unitId, year, policy, self, review, leaders, decision, published, newVersion);
  }

  /** @return where it is */
  public EvaluationState state() {
    return published.isPresent() ? EvaluationState.PUBLISHED : decision.isPresent() ? EvaluationState.DECIDED
        : !leaders.isEmpty() ? EvaluationState.PROPOSED : review.isPresent() ? EvaluationState.INSPECTED
            : EvaluationState.SELF_ASSESSED;
  }

  /** @return the id */
  @Override
  public AnnualEvaluationId id() {
    return id;
  }

  /** @return the unit evaluated */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the year */
  public Year year() {
    return year;
  }

  /** @return the policy it is scored under */
  public PolicyVersion policy() {
    return policy;
  }

  /** @return the unit's self-assessment */
  public SelfAssessment self() {
    return self;
  }

  /** @return the body's reading of its records, once inspected */
  public Optional<EvaluationReview> review() {
    return review;
  }

  /** @return the leaders' scores, once proposed */
  public List<BigDecimal> leaders() {
    return leaders;
  }

  /** @return the decision, once taken */
  public Optional<EvaluationDecision> decision() {
    return decision;
  }

  /** @return the day it was published */
  public Optional<LocalDate> published() {
    return published;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnualEvaluation e && id.equals(e.id) && unitId.equals(e.unitId) && year.equals(e.year)
        && policy.equals(e.policy) && self.equals(e.self) && review.equals(e.review) && leaders.equals(e.leaders)
        && decision.equals(e.decision) && published.equals(e.published) && version == e.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, year, policy, self, review, leaders, decision, published, version);
  }

  @Override
  public String toString() {
    return "AnnualEvaluation[" + id + " " + year + " " + state().code() + "]";
  }
}
