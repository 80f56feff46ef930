package org.lianfang.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * What a unit's records held on the day a phase was left, as the guards read them: kept with the step, so the archive
 * says why it was allowed. Immutable and thread-safe.
 *
 * @param day the day they were read
 * @param stalePoints risk points stale (P-3)
 * @param unconfirmedPoints risk points neither confirmed nor stale nor retired (still in review, P-5)
 * @param coverageGaps confirmed points with a gap the coverage policy names (P-14)
 * @param openItems rectification items of the year open and not carried over (P-21)
 */
public record CycleFigures(LocalDate day, int stalePoints, int unconfirmedPoints, int coverageGaps, int openItems)
    implements Archivable {
  /**
   * @throws NullPointerException if the day is null
   * @throws IllegalArgumentException if a count is negative
   */
  public CycleFigures {
    Objects.requireNonNull(day, "day");
    if (stalePoints < 0 || unconfirmedPoints < 0 || coverageGaps < 0 || openItems < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("day", day).put("stalePoints", stalePoints)
        .put("unconfirmedPoints", unconfirmedPoints).put("coverageGaps", coverageGaps).put("openItems", openItems)
        .build();
  }
}
