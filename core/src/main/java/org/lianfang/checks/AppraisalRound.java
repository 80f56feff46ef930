package org.lianfang.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Remark;

/**
 * A public appraisal round of a unit (群众评议, S-12, P-25): items about its risk points, posts or service commitments
 * put to the public on a fixed scale, answered anonymously (counts per item and rating, never who), with the comments
 * respondents write, any contact they leave sealed (P-11). Every step follows {@link AppraisalTransitions}; answers
 * are recorded only while it collects, within its days. That the items name the unit's records and that each
 * dissatisfied comment's rectification item is opened is for the caller.
 *
 * <p>Immutable and thread-safe.
 */
public final class AppraisalRound implements Aggregate<AppraisalRoundId> {
  private final AppraisalRoundId id;
  private final UnitId unitId;
  private final AppraisalPlan plan;
  private final List<AppraisalCounts> counts;
  private final List<AppraisalComment> comments;
  private final AppraisalLife life;
  private final long version;

  private AppraisalRound(AppraisalRoundId id, UnitId unitId, AppraisalPlan plan, List<AppraisalCounts> counts,
      List<AppraisalComment> comments, AppraisalLife life, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.counts = List.copyOf(counts);
    this.comments = List.copyOf(comments);
    this.life = Objects.requireNonNull(life, "life");
    this.version = version;
    int n = plan.items().size();
    if (this.counts.size() != n || this.comments.stream().anyMatch(c -> c.item() >= n
        || !plan.scale().ratings().contains(c.rating()))
        || life.flagged().stream().anyMatch(i -> i >= n) || this.counts.stream().anyMatch(c -> offScale(c, plan))) {
      throw new IllegalArgumentException("a round counts each of its items on its scale, and its comments and flags "
          + "name them");
    }
  }

  private static boolean offScale(AppraisalCounts c, AppraisalPlan plan) {
    for (AppraisalRating r : AppraisalRating.values()) {
      if (c.of(r) != 0 && !plan.scale().ratings().contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plans a round, not yet stored.
   *
   * @param id the id
   * @param unitId the unit appraised
   * @param plan what it asks and when: its last day today or later
   * @param today the day
   * @return it and its {@link CheckEvent.AppraisalPlanned} event, or a refusal if its days are over
   */
  public static Outcome<Change<AppraisalRound>> plan(AppraisalRoundId id, UnitId unitId, AppraisalPlan plan,
      LocalDate today) {
    if (plan.to().isBefore(today)) {
      return Outcome.refused(Refusal.invalidField("to", "NotInThePast", "征集截止日", "last day",
          "征集截止日 " + plan.to() + " 已过（今天是 " + today + "）", "the last day " + plan.to()
              + " has passed; today is " + today));
    }
    AppraisalRound r = new AppraisalRound(id, unitId, plan, IntStream.range(0, plan.items().size())
        .mapToObj(i -> AppraisalCounts.NONE).toList(), List.of(), new AppraisalLife(today, Optional.empty(),
            Optional.empty(), List.of(), Optional.empty()), 0);
    return Outcome.accepted(Change.of(r, new CheckEvent.AppraisalPlanned(unitId, id, plan, today)));
  }

  /**
   * Rebuilds a stored round; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param plan what it asks
   * @param counts the answers to each item, in the items' order
   * @param comments the comments, in the order recorded
   * @param life where it has been
   * @param version the stored version
   * @return the round
   */
  public static AppraisalRound restore(AppraisalRoundId id, UnitId unitId, AppraisalPlan plan,
      List<AppraisalCounts> counts, List<AppraisalComment> comments, AppraisalLife life, long version) {
    return new AppraisalRound(id, unitId, plan, counts, comments, life, version);
  }

  /**
   * Begins collecting answers, on a day of its days.
   *
   * @param day the day
   * @return it and its {@link CheckEvent.AppraisalStepped} event, or a refusal
   */
  public Outcome<Change<AppraisalRound>> open(LocalDate day) {
    Optional<Refusal> refused = allowed(AppraisalAction.OPEN).or(() -> within(day));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    return step(new AppraisalLife(life.planned(), Optional.of(day), Optional.empty(), List.of(), Optional.empty()),
        AppraisalAction.OPEN, day, Optional.empty());
  }

  /**
   * Records answers, on a day of its days while it collects.
   *
   * @param added the answers to each item, in the items' order, on its scale
   * @param written the comments written with them, each naming an item of the round on its scale
   * @param day the day
   * @return it and its {@link CheckEvent.AppraisalAnswered} event, or a refusal
   * @throws IllegalArgumentException if the counts are not one per item on the scale, or a comment names no item
   * @throws ArithmeticException if a count would pass {@link Integer#MAX_VALUE} (the caller refuses that first)
   */
  public Outcome<Change<AppraisalRound>> record(List<AppraisalCounts> added, List<AppraisalComment> written,
      LocalDate day) {
    if (added.size() != counts.size() || added.stream().anyMatch(c -> offScale(c, plan))) {
      throw new IllegalArgumentException("answers count each item of the round on its scale");
    }
    Optional<Refusal> refused = state() == AppraisalState.COLLECTING ? within(day) : Optional.of(Refusal.of(
        Refusal.Code.ILLEGAL_TRANSITION, "群众评议处于“" + state().chinese() + "”状态，不能登记评议结果",
        "the appraisal is " + state().code() + "; answers are recorded only while it collects"));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    List<AppraisalCounts> sums = new ArrayList<>(counts.size());
    for (int i = 0; i < counts.size(); i++) {
      sums.add(counts.get(i).plus(added.get(i)));
    }
    List<AppraisalComment> all = new ArrayList<>(comments);
    all.addAll(written);
    return Outcome.accepted(Change.of(new AppraisalRound(id, unitId, plan, sums, all, life, version),
        new CheckEvent.AppraisalAnswered(unitId, id, added, written, day)));
  }

  /**
   * Ends collecting and reads the results, flagging the items at the policy's share of dissatisfied answers.
   *
   * @param day the day
   * @param flagPercent the policy's share, in percent
   * @return it and its {@link CheckEvent.AppraisalStepped} event, or a refusal
   */
  public Outcome<Change<AppraisalRound>> analyse(LocalDate day, int flagPercent) {
    Optional<Refusal> refused = allowed(AppraisalAction.ANALYSE).or(() -> notBefore(day, life.opened().get()));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    List<Integer> flagged = IntStream.range(0, counts.size())
        .filter(i -> AppraisalResult.reaches(counts.get(i), plan.scale(), flagPercent)).boxed().toList();
    return step(new AppraisalLife(life.planned(), life.opened(), Optional.of(day), flagged, Optional.empty()),
        AppraisalAction.ANALYSE, day, Optional.empty());
  }

  /**
   * Closes it, its results fed back; or calls it off before it opened (a round whose days passed unopened).
   *
   * @param day the day
   * @param remarks what was fed back
   * @return it and its {@link CheckEvent.AppraisalStepped} event, or a refusal
   */
  public Outcome<Change<AppraisalRound>> close(LocalDate day, String remarks) {
    Optional<Refusal> refused = allowed(AppraisalAction.CLOSE).or(() -> notBefore(day,
        life.analysed().orElse(life.planned())));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    return step(new AppraisalLife(life.planned(), life.opened(), life.analysed(), life.flagged(),
        Optional.of(new Remark(day, remarks))), AppraisalAction.CLOSE, day, Optional.of(remarks));
  }

  private Outcome<Change<AppraisalRound>> step(AppraisalLife next, AppraisalAction action, LocalDate day,
      Optional<String> remarks) {
    return Outcome.accepted(Change.of(new AppraisalRound(id, unitId, plan, counts, comments, next, version),
        new CheckEvent.AppraisalStepped(unitId, id, action, day, next.flagged(), remarks)));
  }

  private Optional<Refusal> allowed(AppraisalAction action) {
    if (AppraisalTransitions.target(state(), action).isEmpty()) {
      return Optional.of(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "群众评议处于“" + state().chinese() + "”状态，不能"
          + action.chinese(), "the appraisal is " + state().code() + "; " + action.code() + " is not allowed"));
    }
    return Optional.empty();
  }

  private Optional<Refusal> within(LocalDate day) {
    if (day.isBefore(plan.from()) || day.isAfter(plan.to())) {
      return Optional.of(Refusal.of(Refusal.Code.RULE_VIOLATED, "今天（" + day + "）不在群众评议的征集期 "
          + plan.from() + " 至 " + plan.to() + " 之内", "today, " + day + ", is outside the appraisal's days, "
              + plan.from() + " to " + plan.to()));
    }
    return Optional.empty();
  }

  private static Optional<Refusal> notBefore(LocalDate day, LocalDate last) {
    return day.isBefore(last) ? Optional.of(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于上一步的 "
        + last, "the day " + day + " is before the last step's, " + last)) : Optional.empty();
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public AppraisalRound withVersion(long newVersion) {
    return new AppraisalRound(id, unitId, plan, counts, comments, life, newVersion);
  }

  /**
   * @return the round as readers without clearance for sealed identities see it (P-11): every contact a respondent
   *     left, and its seal, hidden
   */
  public AppraisalRound sealed() {
    return new AppraisalRound(id, unitId, plan, counts, comments.stream().map(AppraisalComment::sealed).toList(),
        life, version);
  }

  /** @return each item's result on the round's scale, in the items' order */
  public List<AppraisalResult> results() {
    return IntStream.range(0, counts.size()).mapToObj(i -> AppraisalResult.of(i, counts.get(i), plan.scale()))
        .toList();
  }

  /** @return where it is */
  public AppraisalState state() {
    return life.state();
  }

  /** @return the id */
  @Override
  public AppraisalRoundId id() {
    return id;
  }

  /** @return the unit appraised */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return what it asks and when */
  public AppraisalPlan plan() {
    return plan;
  }

  /** @return the answers to each item, in the items' order */
  public List<AppraisalCounts> counts() {
    return counts;
  }

  /** @return the comments, in the order recorded */
  public List<AppraisalComment> comments() {
    return comments;
  }

  /** @return where it has been */
  public AppraisalLife life() {
    return life;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppraisalRound r && id.equals(r.id) && unitId.equals(r.unitId) && plan.equals(r.plan)
        && counts.equals(r.counts) && comments.equals(r.comments) && life.equals(r.life) && version == r.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, plan, counts, comments, life, version);
  }

  @Override
  public String toString() {
    return "AppraisalRound[" + id + " " + state().code() + "]";
  }
}
