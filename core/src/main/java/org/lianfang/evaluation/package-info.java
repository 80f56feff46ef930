/**
 * The annual evaluation (年度考核, S-11, P-24): a unit's year read from its records as {@link
 * org.lianfang.evaluation.EvaluationFigures}, scored item by item under a versioned {@link
 * org.lianfang.evaluation.EvaluationPolicy} with the rule and the figures behind each score, then combined with the
 * unit's self-assessment and the leaders' scores, per-case deductions and vetoes into a {@link
 * org.lianfang.evaluation.Scorecard} and its band.
 */
package org.lianfang.evaluation;
