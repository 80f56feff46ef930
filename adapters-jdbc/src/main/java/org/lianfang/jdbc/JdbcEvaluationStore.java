package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.spi.AnnualEvaluations;
import org.lianfang.spi.EvaluationStore;

/** The evaluation's area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcEvaluationStore extends JdbcChecksStore implements EvaluationStore {
  private final JdbcAnnualEvaluations evaluations = register(AnnualEvaluation.class, new JdbcAnnualEvaluations(this));

  JdbcEvaluationStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public AnnualEvaluations annualEvaluations() {
    return evaluations;
  }
}
