package org.lianfang.json;

import java.util.Objects;

/**
 * What an import found and what it wrote. Importing a document the store already holds writes nothing. Immutable and
 * thread-safe.
 *
 * @param read the records the document held
 * @param written the records the import added to the store (the rest were there already, identical)
 */
public record ImportReport(LedgerCounts read, LedgerCounts written) {
  /** @throws NullPointerException if a part is null */
  public ImportReport {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(written, "written");
  }
}
