package org.lianfang.json;

import java.time.Instant;
import java.util.Objects;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;

/**
 * What a ledger document says of itself. Immutable and thread-safe.
 *
 * @param schemaVersion the document format's version ({@link LedgerWriter#SCHEMA_VERSION} when written here)
 * @param root the unit whose subtree the document holds
 * @param exportedAt when it was written (from the exporter's clock)
 * @param exportedBy who wrote it
 * @param digest the name of the digest the archive's chains use ({@link ChainDigest#name()}: {@code SHA-256} in a
 *     document that does not name one, {@code SM3} for 国密)
 */
public record LedgerHeader(int schemaVersion, UnitId root, Instant exportedAt, String exportedBy, String digest) {
  /** @throws NullPointerException if a part is null */
  public LedgerHeader {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(exportedBy, "exportedBy");
    Objects.requireNonNull(digest, "digest");
  }
}
