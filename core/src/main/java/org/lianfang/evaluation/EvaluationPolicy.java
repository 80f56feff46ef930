package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.lianfang.grading.PolicyVersion;

/**
 * How a unit's year is scored (S-11, P-24): the items of its table with their weights (summing to 100), how each is
 * scored from the year's figures with its rationale, how the self-assessment, the office's score and the leaders'
 * combine, and where the bands begin. {@link #version()} names the configuration exactly, so that a past evaluation
 * is re-read under the rules of its year (decision 6). {@link Scorecard#of} applies the rules every policy shares:
 * deductions lower an item to 0 at most, a veto gives {@link Band#FAIL}, anyone held accountable rules out {@link
 * Band#EXCELLENT}. Implementations are immutable, thread-safe and deterministic: the same figures give the same
 * scores.
 */
public interface EvaluationPolicy {
  /** @return the policy's name, version and parameters */
  PolicyVersion version();

  /** @return the items of its table, in order, their weights summing to 100 */
  List<EvaluationItem> items();

  /**
   * @param figures a unit's year
   * @return a score for each item of {@link #items()}, in order, each 0 to its weight with its rationale; never lower
   *     when a rating is FULL rather than absent, so that a FULL rating never lowers a score
   */
  List<ItemScore> score(EvaluationFigures figures);

  /** @return the shares, in percent, of the self-assessment, the office's score and the leaders' (summing to 100) */
  List<Integer> composite();

  /**
   * @param total a total, 0 to 100
   * @return its band by the policy's thresholds alone
   */
  Band band(BigDecimal total);

  /** @param band a band @return what the policy calls it, e.g. 优秀 */
  String label(Band band);

  /**
   * @param policy a policy
   * @return it
   * @throws IllegalArgumentException if its item weights or its three shares do not sum to 100
   */
  static EvaluationPolicy requireBalanced(EvaluationPolicy policy) {
    if (policy.items().stream().mapToInt(EvaluationItem::weight).sum() != 100 || policy.composite().size() != 3
        || policy.composite().stream().anyMatch(x -> x < 0) || policy.composite().stream().mapToInt(x -> x).sum()
            != 100) {
      throw new IllegalArgumentException("an evaluation policy's item weights sum to 100, and its three shares too");
    }
    return policy;
  }
}
