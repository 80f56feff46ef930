package org.lianfang.application.evaluation;

import java.time.ZoneId;
import java.util.List;
import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Deduction;
import org.lianfang.evaluation.EvaluationPolicy;
import org.lianfang.evaluation.EvaluationReview;
import org.lianfang.evaluation.Veto;

/**
 * The body reads a unit's year today (S-11, P-24), found as {@link Evaluations#find} finds it: the figures of its
 * records today, each deduction naming an item of the policy, and the vetoes.
 */
final class InspectEvaluationHandler implements CommandHandler<InspectEvaluation, AnnualEvaluationId> {
  private final CheckPolicy checks;
  private final EvaluationPolicy policy;
  private final ZoneId zone;

  InspectEvaluationHandler(CheckPolicy checks, EvaluationPolicy policy, ZoneId zone) {
    this.checks = checks;
    this.policy = policy;
    this.zone = zone;
  }

  @Override
  public Outcome<AnnualEvaluationId> execute(Session s, InspectEvaluation c) {
    Evaluations.Found found = Evaluations.find(s, c.evaluation(), policy, c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    for (int i = 0; i < c.deductions().size(); i++) {
      String item = c.deductions().get(i).item();
      if (policy.items().stream().noneMatch(x -> x.code().equals(item))) {
        return Outcome.refused(Refusals.invalid("deductions[" + i + "].item", "ItemOfThePolicy", "扣分项目",
            "item", "考核办法没有该项目", "the policy has no such item"));
      }
    }
    AnnualEvaluation e = found.evaluation();
    List<Deduction> deductions = c.deductions().stream().map(d -> new Deduction(d.item(), d.points(), d.reason(),
        d.evidence())).toList();
    List<Veto> vetoes = c.vetoes().stream().map(v -> new Veto(v.reason(), v.evidence())).toList();
    EvaluationReview read = new EvaluationReview(YearFigures.read(s.store(), List.of(e.unitId()), e.year(),
        s.today(), checks, zone).get(e.unitId()), deductions, vetoes, s.today());
    return e.inspect(read).map(change -> {
      s.store().annualEvaluations().update(s.record(change));
      return c.evaluation();
    });
  }
}
