package org.lianfang.application.evaluation;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.evaluation.AnnualEvaluationId;

/**
 * The evaluation's area (年度考核, S-11, P-24): each unit assesses its year, and the discipline body above it reads the
 * unit's records with its deductions and vetoes, enters the leaders' scores, decides and publishes, every figure under
 * the instance's {@link org.lianfang.evaluation.EvaluationPolicy} with the records and the rule behind it. A unit
 * never scores itself beyond its self-assessment: every later step is the body's above it ({@code EVALUATE}). Each
 * command takes the {@link Actor} who acts and returns an {@link Outcome}; it is validated, then runs in one
 * transaction that checks access and the rules, writes, and appends its events to the unit's journal. A refused command
 * changes nothing. Built by {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store is.
 */
public final class EvaluationArea {
  static {
    Areas.register(EvaluationArea.class, EvaluationArea::new);
  }

  private final CommandRunner runner;
  private final SelfAssessYearHandler assess;
  private final InspectEvaluationHandler inspect;
  private final ProposeEvaluationHandler propose;
  private final EvaluationStepHandler step;
  private final EvaluationQueries queries;

  private EvaluationArea(Wiring wiring) {
    this.runner = wiring.runner();
    this.assess = new SelfAssessYearHandler(wiring.ids(), wiring.evaluationPolicy());
    this.inspect = new InspectEvaluationHandler(wiring.checkPolicy(), wiring.evaluationPolicy(),
        wiring.runner().clock().getZone());
    this.propose = new ProposeEvaluationHandler(wiring.evaluationPolicy());
    this.step = new EvaluationStepHandler(wiring.evaluationPolicy());
    this.queries = new EvaluationQueries(wiring.runner(), wiring.checkPolicy(), wiring.evaluationPolicy());
  }

  /**
   * A unit assesses its year today (自评), opening its evaluation under the instance's policy.
   *
   * @param actor who acts (needs {@code SELF_ASSESS} on the unit, from a grant on the unit itself: its leader)
   * @param command the unit, the year, a score per item and what the unit says
   * @return its id, or a refusal
   */
  public Outcome<AnnualEvaluationId> selfAssess(Actor actor, SelfAssessYear command) {
    return runner.run(actor, command, assess);
  }

  /**
   * The body reads the unit's records today (考核) and enters its deductions and vetoes.
   *
   * @param actor who acts (needs {@code EVALUATE} on the unit, from a grant above it: the discipline body)
   * @param command the deductions and vetoes
   * @return its id, or a refusal
   */
  public Outcome<AnnualEvaluationId> inspect(Actor actor, InspectEvaluation command) {
    return runner.run(actor, command, inspect);
  }

  /**
   * The leaders' scores are entered (评议); the composite and band are then proposed.
   *
   * @param actor who acts (needs {@code EVALUATE} on the unit)
   * @param command the leaders' scores
   * @return its id, or a refusal
   */
  public Outcome<AnnualEvaluationId> propose(Actor actor, ProposeEvaluation command) {
    return runner.run(actor, command, propose);
  }

  /**
   * Decides (审定: the total and band of its scorecard today fixed) or publishes (公布) a unit's year.
   *
   * @param actor who acts (needs {@code EVALUATE} on the unit)
   * @param command the step
   * @return its id, or a refusal
   */
  public Outcome<AnnualEvaluationId> step(Actor actor, EvaluationStep command) {
    return runner.run(actor, command, step);
  }

  /** @return the reads of the evaluation, each checked by the access policy */
  public EvaluationQueries queries() {
    return queries;
  }
}
