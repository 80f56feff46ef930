package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * How and when an accepted report was disposed of (P-19). Immutable and thread-safe.
 *
 * @param day the day
 * @param way one of the four ways of the 2020 rules
 * @param note what was decided and why; confidential like the content ({@link Report#sealed()})
 */
public record ReportDisposal(LocalDate day, Disposal way, String note) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public ReportDisposal {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(way, "way");
    Objects.requireNonNull(note, "note");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("day", day).put("way", way).put("note", note).build();
  }

  /** @return the day and the way: never the note */
  @Override
  public String toString() {
    return "ReportDisposal[" + day + " " + way.code() + "]";
  }
}
