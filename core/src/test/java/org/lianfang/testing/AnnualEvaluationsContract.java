package org.lianfang.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Band;
import org.lianfang.evaluation.Deduction;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.evaluation.EvaluationReview;
import org.lianfang.evaluation.SelfAssessment;
import org.lianfang.evaluation.Veto;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.AnnualEvaluations}: the {@link RepositoryContract}, where a unit's year is an
 * evaluation's code (a second one of the same unit and year is refused as stale). Extend it with a fresh, empty store
 * per call of {@link #newStore()}.
 */
public abstract class AnnualEvaluationsContract extends RepositoryContract<AnnualEvaluation, AnnualEvaluationId> {
  @Override
  protected final Repository<AnnualEvaluation, AnnualEvaluationId> repository(Store store) {
    return store.annualEvaluations();
  }

  @Override
  protected final Gen<AnnualEvaluation> aggregates(UnitId unit) {
    return EvaluationGenerators.annualEvaluations(unit);
  }

  @Override
  protected final AnnualEvaluation withVersion(AnnualEvaluation aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /**
   * Columns change as the steps change them: the summary, and a step further (inspected with a deduction and a veto,
   * proposed, decided, published); a published one gains a deduction and a veto in its review instead.
   */
  @Override
  protected final AnnualEvaluation changed(AnnualEvaluation e) {
    SelfAssessment self = new SelfAssessment(e.self().items(), e.self().summary() + "（修订）", e.self().day());
    Deduction d = new Deduction("integrity", new BigDecimal("2.5"), "重要信访件未按期办结", "信访 2010-09");
    Veto v = new Veto("班子成员违纪被立案", "昆纪立〔2010〕7号");
    AnnualEvaluation moved = switch (e.state()) {
      case SELF_ASSESSED -> e.inspect(new EvaluationReview(EvaluationGenerators.bureau(e.unitId(), e.year(),
          e.self().day()), List.of(d), List.of(v), e.self().day())).orElseThrow().after();
      case INSPECTED -> e.propose(List.of(new BigDecimal("91.25")), e.review().orElseThrow().day()).orElseThrow()
          .after();
      case PROPOSED -> e.decide(new EvaluationDecision(e.review().orElseThrow().day(), "同意", new BigDecimal("79.99"),
          Band.FAIL, "不合格")).orElseThrow().after();
      case DECIDED -> e.publish(e.decision().orElseThrow().day()).orElseThrow().after();
      case PUBLISHED -> AnnualEvaluation.restore(e.id(), e.unitId(), e.year(), e.policy(), e.self(),
          e.review().map(r -> new EvaluationReview(r.figures(), List.of(d), List.of(v), r.day())), e.leaders(),
          e.decision(), e.published(), e.version());
    };
    return AnnualEvaluation.restore(e.id(), e.unitId(), e.year(), e.policy(), self, moved.review(), moved.leaders(),
        moved.decision(), moved.published(), e.version());
  }

  @Override
  protected final Optional<AnnualEvaluation> rival(AnnualEvaluation holder) {
    return Optional.of(AnnualEvaluation.assess(new AnnualEvaluationId(UUID.randomUUID()), holder.unitId(),
        holder.year(), holder.policy(), holder.self()).orElseThrow().after());
  }
}
