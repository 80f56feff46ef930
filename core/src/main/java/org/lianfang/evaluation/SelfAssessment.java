package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * A unit's assessment of its own year (自评, S-11, P-24): a score per item of the policy's table, in its order, and
 * what the unit says of its year. That each score is within its item's weight is for the caller to check. Immutable
 * and thread-safe.
 *
 * @param items a score per item, each 0 or more, to hundredths
 * @param summary what the unit says of its year
 * @param day the day it was entered
 */
public record SelfAssessment(List<BigDecimal> items, String summary, LocalDate day) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if there is no score, or one is negative or finer than hundredths
   */
  public SelfAssessment {
    items = List.copyOf(items);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(day, "day");
    if (items.isEmpty() || items.stream().anyMatch(x -> x.signum() < 0 || x.stripTrailingZeros().scale() > 2)) {
      throw new IllegalArgumentException("a self-assessment scores each item, 0 or more, in hundredths");
    }
  }

  /** @return the sum of its scores (自评分) */
  public BigDecimal total() {
    return items.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("items", items).put("summary", summary).put("day", day).build();
  }
}
