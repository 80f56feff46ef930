package org.lianfang.control;

import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * The breach ladder of a subtree's service commitment holders in a year (P-17), with the names a reader needs.
 * Immutable and thread-safe.
 *
 * @param year the year
 * @param rows each holder with a breach, in the order of their first breach
 */
public record BreachReport(Year year, List<Row> rows) {
  /** @throws NullPointerException if a part is null */
  public BreachReport {
    Objects.requireNonNull(year, "year");
    rows = List.copyOf(rows);
  }

  /**
   * One holder's year.
   *
   * @param holderName the holder's name
   * @param rungs the holder's breaches and what each brought
   */
  public record Row(String holderName, BreachLadder.Rungs rungs) {
    /** @throws NullPointerException if a part is null */
    public Row {
      Objects.requireNonNull(holderName, "holderName");
      Objects.requireNonNull(rungs, "rungs");
    }
  }
}
