package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * The discipline body's decision on a unit's year (审定, S-11, P-24): the total and the band as the scorecard gave them
 * that day, fixed from then on whatever policy later reads the records, and what it said. Immutable and thread-safe.
 *
 * @param day the day
 * @param remarks what the body said
 * @param total the total, 0 to 100, in hundredths
 * @param band the band
 * @param label what the policy called the band
 */
public record EvaluationDecision(LocalDate day, String remarks, BigDecimal total, Band band, String label)
    implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the total is out of range or finer than hundredths
   */
  public EvaluationDecision {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(remarks, "remarks");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(label, "label");
    if (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0 || total.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("a total is 0 to 100, in hundredths");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("day", day).put("remarks", remarks).put("total", total).put("band", band)
        .put("label", label).build();
  }
}
