package org.lianfang.control;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.UnitId;

/**
 * The education obligations of a subtree's units in a year, judged on a day (P-15): what is met, due and overdue.
 * Immutable and thread-safe.
 *
 * @param today the day they were judged on
 * @param year the year
 * @param rows each unit's obligations in the policy's order, units depth first
 */
public record EducationReport(LocalDate today, Year year, List<Row> rows) {
  /** @throws NullPointerException if a part is null */
  public EducationReport {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(year, "year");
    rows = List.copyOf(rows);
  }

  /**
   * One obligation, with the names a reader needs.
   *
   * @param unitName the unit's name
   * @param officialName the name of the official it concerns, if any
   * @param obligation the obligation
   */
  public record Row(String unitName, Optional<String> officialName, EducationObligation obligation) {
    /** @throws NullPointerException if a part is null */
    public Row {
      Objects.requireNonNull(unitName, "unitName");
      Objects.requireNonNull(officialName, "officialName");
      Objects.requireNonNull(obligation, "obligation");
    }

    /** @return the unit */
    public UnitId unit() {
      return obligation.unit();
    }
  }

  /** @param status a status @return how many obligations stand there */
  public long count(ObligationStatus status) {
    return rows.stream().filter(r -> r.obligation().status() == status).count();
  }
}
