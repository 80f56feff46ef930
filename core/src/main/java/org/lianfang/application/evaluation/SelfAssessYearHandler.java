package org.lianfang.application.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.EvaluationItem;
import org.lianfang.evaluation.EvaluationPolicy;
import org.lianfang.evaluation.SelfAssessment;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;

/**
 * A unit assesses its year (S-11, P-24): answered as for a unit that does not exist if the actor may not find it;
 * refused unless the actor may {@code SELF_ASSESS} the unit (its own leader, from a grant on the unit itself); a score
 * per item of the instance's policy, each within its weight; once per unit and year, for a year begun by today.
 */
final class SelfAssessYearHandler implements CommandHandler<SelfAssessYear, AnnualEvaluationId> {
  private final Ids ids;
  private final EvaluationPolicy policy;

  SelfAssessYearHandler(Ids ids, EvaluationPolicy policy) {
    this.ids = ids;
    this.policy = policy;
  }

  @Override
  public Outcome<AnnualEvaluationId> execute(Session s, SelfAssessYear c) {
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> refused = s.denyUnseenUnit(Operation.SELF_ASSESS, unit.get(), unknown);
    List<EvaluationItem> items = policy.items();
    if (refused.isEmpty() && c.year().getValue() < Limits.FIRST_DAY.getYear()) {
      refused = Optional.of(Refusals.invalid("year", "FromTheFirstDay", "考核年度", "year", "考核年度不能早于 "
          + Limits.FIRST_DAY.getYear() + " 年", "the year is " + Limits.FIRST_DAY.getYear() + " or later"));
    }
    if (refused.isEmpty() && c.items().size() != items.size()) {
      refused = Optional.of(Refusals.invalid("items", "OnePerItem", "自评分", "self scores", "考核办法有 "
          + items.size() + " 个项目，每项一个自评分", "the policy has " + items.size() + " items, one score each"));
    }
    for (int i = 0; i < items.size() && refused.isEmpty(); i++) {
      EvaluationItem item = items.get(i);
      if (c.items().get(i).compareTo(BigDecimal.valueOf(item.weight())) > 0) {
        refused = Optional.of(Refusals.invalid("items[" + i + "]", "WithinWeight", "自评分", "self score",
            item.chinese() + "满分 " + item.weight() + " 分", item.code() + " scores at most " + item.weight()));
      }
    }
    if (refused.isEmpty() && s.store().annualEvaluations().inUnit(c.unit()).stream()
        .anyMatch(e -> e.year().equals(c.year()))) {
      refused = Optional.of(Refusals.invalid("year", "OncePerYear", "考核年度", "year", unit.get().name() + " 已有 "
          + c.year() + " 年度考核", unit.get().code() + " has an evaluation of " + c.year() + " already"));
    }
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    AnnualEvaluationId id = new AnnualEvaluationId(ids.next());
    return AnnualEvaluation.assess(id, c.unit(), c.year(), policy.version(), new SelfAssessment(c.items(),
        c.summary(), s.today())).map(change -> {
          s.store().annualEvaluations().insert(s.record(change));
          return id;
        });
  }
}
