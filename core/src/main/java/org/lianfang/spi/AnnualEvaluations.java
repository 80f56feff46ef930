package org.lianfang.spi;

import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;

/**
 * The annual evaluations (年度考核, S-11, P-24): the {@link Repository} contract, where a unit's year is an
 * evaluation's code (one per unit and year).
 */
public interface AnnualEvaluations extends Repository<AnnualEvaluation, AnnualEvaluationId> {}
