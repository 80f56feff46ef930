package org.lianfang.checks;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * The figures of a half-year self-check, derived from the unit's records when it is submitted (P-23): its monthly
 * checks submitted in the half and their rows by rating, the rectification items opened and closed in the half and
 * those overdue on the day, the warnings issued and closed in the half. Immutable and thread-safe.
 *
 * @param asOf the day they were read: the submission's
 * @param checks monthly checks of the half submitted
 * @param full rows rated full
 * @param partial rows rated partial
 * @param none rows rated none
 * @param itemsOpened rectification items opened in the half
 * @param itemsClosed rectification items closed in the half
 * @param itemsOverdue rectification items overdue on {@code asOf}
 * @param warningsIssued warnings issued in the half
 * @param warningsClosed warnings closed (销号) in the half
 */
public record SelfCheckFigures(LocalDate asOf, int checks, int full, int partial, int none, int itemsOpened,
    int itemsClosed, int itemsOverdue, int warningsIssued, int warningsClosed) implements Archivable {
  /**
   * @throws NullPointerException if the day is null
   * @throws IllegalArgumentException if a count is negative
   */
  public SelfCheckFigures {
    Objects.requireNonNull(asOf, "asOf");
    if (Math.min(Math.min(Math.min(checks, full), Math.min(partial, none)), Math.min(Math.min(itemsOpened,
        itemsClosed), Math.min(itemsOverdue, Math.min(warningsIssued, warningsClosed)))) < 0) {
      throw new IllegalArgumentException("counts are 0 or more");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("asOf", asOf).put("checks", checks).put("full", full).put("partial", partial)
        .put("none", none).put("itemsOpened", itemsOpened).put("itemsClosed", itemsClosed)
        .put("itemsOverdue", itemsOverdue).put("warningsIssued", warningsIssued).put("warningsClosed", warningsClosed)
        .build();
  }
}
