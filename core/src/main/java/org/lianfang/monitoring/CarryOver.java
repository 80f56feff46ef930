package org.lianfang.monitoring;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * A rectification item carried over at the close of a year (P-21, S-16): from which year, why, the due day it had and
 * the day it was carried; its new due day is the item's own. The latest carry-over is the item's; each one is an entry
 * of the unit's journal. Immutable and thread-safe.
 *
 * @param from the year it is carried out of, whose closing it no longer holds up
 * @param reason why it could not be finished in that year
 * @param previousDue the due day it had before
 * @param day the day it was carried over
 */
public record CarryOver(Year from, String reason, LocalDate previousDue, LocalDate day) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public CarryOver {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(previousDue, "previousDue");
    Objects.requireNonNull(day, "day");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("from", from.getValue()).put("reason", reason).put("previousDue", previousDue)
        .put("day", day).build();
  }
}
