package org.lianfang.application.evaluation;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.EvaluationAction;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.evaluation.EvaluationPolicy;
import org.lianfang.evaluation.Scorecard;

/**
 * Decides or publishes a unit's year today, found as {@link Evaluations#find} finds it: a decision fixes the total and
 * band of its scorecard today with the body's remarks; a publication takes none.
 */
final class EvaluationStepHandler implements CommandHandler<EvaluationStep, AnnualEvaluationId> {
  private final EvaluationPolicy policy;

  EvaluationStepHandler(EvaluationPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Outcome<AnnualEvaluationId> execute(Session s, EvaluationStep c) {
    Evaluations.Found found = Evaluations.find(s, c.evaluation(), policy, c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    if (c.publish() == c.remarks().isPresent()) {
      return Outcome.refused(Refusals.invalid("remarks", "RemarksToDecide", "审定意见", "remarks",
          c.publish() ? "公布不附审定意见" : "审定须附意见", c.publish() ? "a publication takes no remarks"
              : "a decision gives its remarks"));
    }
    AnnualEvaluation e = found.evaluation();
    if (c.publish()) {
      return e.publish(s.today()).map(change -> {
        s.store().annualEvaluations().update(s.record(change));
        return c.evaluation();
      });
    }
    Optional<Refusal> refused = e.refusal(EvaluationAction.DECIDE);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    Optional<Scorecard> card = e.scorecard(policy);
    if (card.isEmpty()) {
      return Outcome.refused(Refusals.rule("该考核的自评分或扣分项目与考核办法 " + policy.version().name() + " 不符，无法计分",
          "the evaluation's self scores or deductions do not fit the policy " + policy.version().name()
              + "; it cannot be scored"));
    }
    EvaluationDecision decided = new EvaluationDecision(s.today(), c.remarks().get(), card.get().total(),
        card.get().band(), card.get().label());
    return e.decide(decided).map(change -> {
      s.store().annualEvaluations().update(s.record(change));
      return c.evaluation();
    });
  }
}
