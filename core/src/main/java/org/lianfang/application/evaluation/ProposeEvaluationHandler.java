package org.lianfang.application.evaluation;

import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.EvaluationPolicy;

/** The leaders' scores of a unit's year are entered today, found as {@link Evaluations#find} finds it. */
final class ProposeEvaluationHandler implements CommandHandler<ProposeEvaluation, AnnualEvaluationId> {
  private final EvaluationPolicy policy;

  ProposeEvaluationHandler(EvaluationPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Outcome<AnnualEvaluationId> execute(Session s, ProposeEvaluation c) {
    Evaluations.Found found = Evaluations.find(s, c.evaluation(), policy, c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    return found.evaluation().propose(c.leaders(), s.today()).map(change -> {
      s.store().annualEvaluations().update(s.record(change));
      return c.evaluation();
    });
  }
}
