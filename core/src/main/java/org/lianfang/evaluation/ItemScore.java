package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * An item's score with its rationale (P-24): which records were counted and which rule turned them into the score,
 * in words a reader of the evaluation checks by hand. Immutable and thread-safe.
 *
 * @param item the item
 * @param score its score, 0 to the item's weight, to two decimals
 * @param rationale the figures and the rule, e.g. 月查评级 120 项：完全落实 100、部分落实 15、未落实 5；平均 0.9 × 40
 */
public record ItemScore(EvaluationItem item, BigDecimal score, String rationale) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the score is below 0 or above the item's weight
   */
  public ItemScore {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rationale, "rationale");
    if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(item.weight())) > 0) {
      throw new IllegalArgumentException("an item scores 0 to its weight");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("item", item.code()).put("score", score).put("rationale", rationale).build();
  }
}
