package org.lianfang.spi;

/** The repositories of the evaluation (S-11): the annual evaluations. Part of {@link Store}. */
public interface EvaluationStore {
  /** @return the annual evaluations (年度考核, P-24), each of the unit evaluated */
  AnnualEvaluations annualEvaluations();
}
