package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * A dated remark on a step of the third line: why a reply or a submission was returned, the evidence submitted, what
 * a verification found. Immutable and thread-safe.
 *
 * @param day the day
 * @param text what was said
 */
public record Remark(LocalDate day, String text) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public Remark {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("day", day).put("text", text).build();
  }
}
