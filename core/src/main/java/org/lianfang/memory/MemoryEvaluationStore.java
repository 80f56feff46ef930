package org.lianfang.memory;

import java.util.List;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.spi.AnnualEvaluations;
import org.lianfang.spi.EvaluationStore;

/** The evaluation's area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryEvaluationStore extends MemoryChecksStore implements EvaluationStore {
  /** A unit's year is an evaluation's code: one per unit and year. */
  private final Table<AnnualEvaluation> evaluations = table(AggregateKinds.ANNUAL_EVALUATIONS,
      AnnualEvaluation::withVersion, e -> List.of(e.unitId(), e.year()));

  private final AnnualEvaluations evaluationsPort = new EvaluationsPort(evaluations);

  @Override
  public AnnualEvaluations annualEvaluations() {
    return evaluationsPort;
  }

  /** The {@link AnnualEvaluations} port, over its table. */
  private static final class EvaluationsPort extends MemoryRepository<AnnualEvaluation, AnnualEvaluationId>
      implements AnnualEvaluations {
    EvaluationsPort(Table<AnnualEvaluation> t) {
      super(t);
    }
  }
}
