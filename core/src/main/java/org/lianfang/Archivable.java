package org.lianfang;

/**
 * A value the archive (廉政风险信息档案, S-13) records: events and the values they carry. It names each of its fields
 * explicitly, so the archive never depends on Java class, field or constant names (ARCHITECTURE.md decision 12;
 * {@code docs/journal-format.md}).
 */
public interface Archivable {
  /** @return this value's fields under their stable names */
  ArchiveObject toArchive();
}
