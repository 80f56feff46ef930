package org.lianfang.monitoring;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.risk.NoticeComment;

/**
 * Who made a real-name report (实名举报, P-19), sealed (P-11): kept with the report for those cleared to read sealed
 * identities, and never in a notification, an export without clearance, the journal, an exception message or
 * {@link #toString()}. Immutable and thread-safe.
 *
 * @param name the reporter's name
 * @param contact how to reach them with the acceptance and the result (a telephone number, an address)
 */
public record Reporter(String name, String contact) implements Archivable {
  /** What a reporter reads as to those without clearance. */
  public static final Reporter SEALED = new Reporter(NoticeComment.SEALED, NoticeComment.SEALED);

  /** @throws NullPointerException if a part is null */
  public Reporter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contact, "contact");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("name", name).put("contact", contact).build();
  }

  /** @return {@code Reporter[sealed]}: never the name or the contact (P-11) */
  @Override
  public String toString() {
    return "Reporter[sealed]";
  }
}
