package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.Limits;

/**
 * A deduction for one case (扣分, P-24), entered by the discipline body's office with its evidence: it lowers one item,
 * never below 0 (扣完为止). Immutable and thread-safe.
 *
 * @param item the code of the item it lowers, 1 to {@link Limits#CODE} characters
 * @param points how much, more than 0 and at most 100, to two decimals at most
 * @param reason the case, e.g. 重要信访件未按期办结
 * @param evidence where the case is recorded, e.g. a document number or a record's id
 */
public record Deduction(String item, BigDecimal points, String reason, String evidence) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the points are out of range or finer than hundredths, or the item's code empty
   *     or too long
   */
  public Deduction {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(evidence, "evidence");
    if (points.signum() <= 0 || points.compareTo(BigDecimal.valueOf(100)) > 0 || points.stripTrailingZeros().scale()
        > 2 || item.isEmpty() || item.length() > Limits.CODE) {
      throw new IllegalArgumentException("a deduction names an item's code and is more than 0 and at most 100, in "
          + "hundredths");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("item", item).put("points", points).put("reason", reason)
        .put("evidence", evidence).build();
  }
}
