package org.lianfang.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one item of a public appraisal round (P-25), read from its counts on the round's scale: the score, the
 * mean of the scored answers' percentages; the satisfied share, answers neither dissatisfied nor 不了解 among the
 * scored; the dissatisfied share. Each is empty while no answer is scored, and given to two decimals, half up.
 * Immutable and thread-safe.
 *
 * @param item the item's position in the round
 * @param counts its answers
 * @param score the score out of 100
 * @param satisfied the satisfied share in percent (满意率)
 * @param dissatisfied the dissatisfied share in percent (不满意率)
 */
public record AppraisalResult(int item, AppraisalCounts counts, Optional<BigDecimal> score,
    Optional<BigDecimal> satisfied, Optional<BigDecimal> dissatisfied) {
  /** @throws NullPointerException if a part is null */
  public AppraisalResult {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(satisfied, "satisfied");
    Objects.requireNonNull(dissatisfied, "dissatisfied");
  }

  /**
   * @param item the item's position
   * @param counts its answers
   * @param scale the round's scale
   * @return its result
   */
  public static AppraisalResult of(int item, AppraisalCounts counts, AppraisalScale scale) {
    long[] n = tally(counts, scale);
    long scored = n[0];
    if (scored == 0) {
      return new AppraisalResult(item, counts, Optional.empty(), Optional.empty(), Optional.empty());
    }
    BigDecimal all = BigDecimal.valueOf(scored);
    BigDecimal hundred = BigDecimal.valueOf(100);
    return new AppraisalResult(item, counts,
        Optional.of(BigDecimal.valueOf(n[2]).divide(all, 2, RoundingMode.HALF_UP)),
        Optional.of(BigDecimal.valueOf(scored - n[1]).multiply(hundred).divide(all, 2, RoundingMode.HALF_UP)),
        Optional.of(BigDecimal.valueOf(n[1]).multiply(hundred).divide(all, 2, RoundingMode.HALF_UP)));
  }

  /**
   * @param counts an item's answers
   * @param scale the round's scale
   * @param percent the policy's share of dissatisfied answers, in percent
   * @return whether the item is flagged for next year's revision (P-25): scored answers, at least that share of them
   *     dissatisfied, compared exactly
   */
  public static boolean reaches(AppraisalCounts counts, AppraisalScale scale, int percent) {
    long[] n = tally(counts, scale);
    return n[0] > 0 && n[1] * 100 >= (long) percent * n[0];
  }

  /**
   * @param counts an item's answers
   * @param scale the round's scale
   * @return the scored answers (不了解 left out), the dissatisfied among them, and the sum of their percentages
   */
  public static long[] tally(AppraisalCounts counts, AppraisalScale scale) {
    long[] n = new long[3];
    for (AppraisalRating r : scale.ratings()) {
      if (scale.percent(r).isPresent()) {
        n[0] += counts.of(r);
        n[1] += r.dissatisfied() ? counts.of(r) : 0;
        n[2] += (long) counts.of(r) * scale.percent(r).getAsInt();
      }
    }
    return n;
  }
}
