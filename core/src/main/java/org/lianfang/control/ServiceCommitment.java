package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * A service commitment (服务承诺, P-17, S-8 and S-15) of a unit, held by one official: proposed, reviewed (审诺),
 * published (公示), kept over its period (践诺) and judged (评诺) kept, broken with an excuse explained in public, or
 * broken — a breach on its holder's ladder ({@link BreachLadder}). Its life follows {@link CommitmentTransitions};
 * every step has a day, never before the step before it, and 践诺 begins on the period's first day or later. That the
 * holder and the post are the unit's is for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceCommitment implements Aggregate<ServiceCommitmentId> {
  private final ServiceCommitmentId id;
  private final UnitId unitId;
  private final CommitmentTerms terms;
  private final LocalDate proposed;
  private final CommitmentLife life;
  private final long version;

  private ServiceCommitment(ServiceCommitmentId id, UnitId unitId, CommitmentTerms terms, LocalDate proposed,
      CommitmentLife life, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.proposed = Objects.requireNonNull(proposed, "proposed");
    this.life = Objects.requireNonNull(life, "life");
    this.version = version;
    if (life.lastDay().map(d -> d.isBefore(proposed)).orElse(false)) {
      throw new IllegalArgumentException("a commitment's steps come on or after the day it was proposed");
    }
  }

  /**
   * Proposes a commitment, not yet stored.
   *
   * @param id the id
   * @param unitId the unit
   * @param terms what it promises
   * @param today the day it is proposed
   * @return the commitment and its {@link ControlEvent.CommitmentProposed} event, or a refusal if its period has
   *     ended already
   */
  public static Outcome<Change<ServiceCommitment>> propose(ServiceCommitmentId id, UnitId unitId,
      CommitmentTerms terms, LocalDate today) {
    Objects.requireNonNull(terms, "terms");
    if (terms.until().isBefore(today)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "承诺期限 " + terms.until() + " 早于今天 " + today, "the commitment's period ended on " + terms.until()
          + ", before today, " + today));
    }
    ServiceCommitment c = new ServiceCommitment(id, unitId, terms, today, CommitmentLife.PROPOSED, 0);
    return Outcome.accepted(Change.of(c, new ControlEvent.CommitmentProposed(unitId, id, terms, today)));
  }

  /**
   * Rebuilds a stored commitment; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param terms what it promises
   * @param proposed the day it was proposed
   * @param life where it is in its life
   * @param version the stored version
   * @return the commitment
   */
  public static ServiceCommitment restore(ServiceCommitmentId id, UnitId unitId, CommitmentTerms terms,
      LocalDate proposed, CommitmentLife life, long version) {
    return new ServiceCommitment(id, unitId, terms, proposed, life, version);
  }

  /**
   * Takes one step of {@link CommitmentTransitions} on a day.
   *
   * @param action the step
   * @param day the day
   * @param verdict the verdict: required to evaluate, refused with any other step
   * @param explanation what is said in public at 评诺 (required for {@link Verdict#BROKEN_EXCUSED}, optional for the
   *     other verdicts), or why it is withdrawn (required); refused with any other step
   * @return the commitment and its {@link ControlEvent.CommitmentStepped} event, or a refusal
   */
  public Outcome<Change<ServiceCommitment>> act(CommitmentAction action, LocalDate day, Optional<Verdict> verdict,
      Optional<String> explanation) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(day, "day");
    Optional<CommitmentState> next = CommitmentTransitions.target(life.state(), action);
    if (next.isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "服务承诺处于“" + life.state().chinese() + "”状态，不能" + action.chinese(),
          "the service commitment is " + life.state().code() + "; " + action.code() + " is not allowed"));
    }
    LocalDate last = life.lastDay().orElse(proposed);
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于该承诺上一步的日期 " + last,
          "the day " + day + " is before the commitment's last step, on " + last));
    }
    boolean evaluate = action == CommitmentAction.EVALUATE;
    if (evaluate != verdict.isPresent()) {
      return Outcome.refused(Refusal.invalidField("verdict", "VerdictToEvaluate", "评诺结论", "verdict",
          evaluate ? "评诺须给出结论" : "只有评诺时才给出结论",
          evaluate ? "an evaluation needs a verdict" : "a verdict goes with an evaluation only"));
    }
    boolean explain = action == CommitmentAction.WITHDRAW || verdict.equals(Optional.of(Verdict.BROKEN_EXCUSED));
    if (explanation.map(String::isBlank).orElse(false)) {
      return Outcome.refused(Refusal.invalidField("explanation", "NotBlank", "说明", "explanation", "不能只有空白",
          "must not be blank"));
    }
    if (action == CommitmentAction.START && day.isBefore(terms.from())) { // not kept before it covers anything
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "践诺日期 " + day + " 早于承诺起始日期 " + terms.from(),
          "the commitment is kept from " + terms.from() + ", not " + day));
    }
    if (explain && explanation.isEmpty() || !evaluate && !explain && explanation.isPresent()) {
      return Outcome.refused(Refusal.invalidField("explanation", "Explained", "说明", "explanation",
          explain ? "撤回承诺或因客观原因未践诺，须说明理由（向社会公开说明）" : "只有评诺或撤回时才填写说明",
          explain ? "a withdrawal, or a breach excused, needs its explanation (given in public)"
              : "an explanation goes with an evaluation or a withdrawal only"));
    }
    CommitmentState to = next.get();
    Optional<LocalDate> on = Optional.of(day);
    CommitmentLife after = new CommitmentLife(to,
        action == CommitmentAction.REVIEW ? on : life.reviewed(),
        action == CommitmentAction.PUBLISH ? on : life.published(),
        action == CommitmentAction.START ? on : life.started(),
        to.isFinal() ? on : life.ended(), verdict, explanation);
    return Outcome.accepted(Change.of(new ServiceCommitment(id, unitId, terms, proposed, after, version),
        new ControlEvent.CommitmentStepped(unitId, id, action, day, verdict, explanation)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public ServiceCommitment withVersion(long newVersion) {
    return new ServiceCommitment(id, unitId, terms, proposed, life, newVersion);
  }

  /** @return whether it was judged broken without excuse: a breach on its holder's ladder */
  public boolean breach() {
    return life.verdict().equals(Optional.of(Verdict.BROKEN));
  }

  /** @return whether those served may read it: published, and on */
  public boolean published() {
    return life.published().isPresent();
  }

  /** @return the id */
  @Override
  public ServiceCommitmentId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return what it promises */
  public CommitmentTerms terms() {
    return terms;
  }

  /** @return the day it was proposed */
  public LocalDate proposed() {
    return proposed;
  }

  /** @return where it is in its life */
  public CommitmentLife life() {
    return life;
  }

  /** @return the state, {@code life().state()} */
  public CommitmentState state() {
    return life.state();
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceCommitment c
        && id.equals(c.id)
        && unitId.equals(c.unitId)
        && terms.equals(c.terms)
        && proposed.equals(c.proposed)
        && life.equals(c.life)
        && version == c.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, terms, proposed, life, version);
  }

  @Override
  public String toString() {
    return "ServiceCommitment[" + id + " " + life.state().code() + " held by " + terms.holder() + "]";
  }
}
