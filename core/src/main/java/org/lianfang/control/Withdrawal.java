package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * Why and when a record was withdrawn: it was entered by mistake, or the activity did not take place as recorded.
 * The record stays in the archive (S-13), and no longer counts. Immutable and thread-safe.
 *
 * @param day the day it was withdrawn
 * @param reason why
 */
public record Withdrawal(LocalDate day, String reason) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public Withdrawal {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("day", day).put("reason", reason).build();
  }
}
