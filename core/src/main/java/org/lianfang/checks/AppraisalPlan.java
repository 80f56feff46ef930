package org.lianfang.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * What a public appraisal round (群众评议, S-12, P-25) asks and when: its title, the scale its answers are on, the days
 * it collects answers, and its items. Immutable and thread-safe.
 *
 * @param title what the round is called (e.g. 2010 年度廉政风险点群众评议)
 * @param scale the scale its answers are on, fixed for the round
 * @param from the first day it collects answers
 * @param to the last day it collects answers, on or after the first
 * @param items what it asks, at least one; a comment or a count names an item by its position here
 */
public record AppraisalPlan(String title, AppraisalScale scale, LocalDate from, LocalDate to,
    List<AppraisalItem> items) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if there is no item or it ends before it begins
   */
  public AppraisalPlan {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    items = List.copyOf(items);
    if (items.isEmpty() || to.isBefore(from)) {
      throw new IllegalArgumentException("an appraisal asks at least one item, and ends after it begins");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("title", title).put("scale", scale).put("from", from).put("to", to)
        .put("items", items).build();
  }
}
