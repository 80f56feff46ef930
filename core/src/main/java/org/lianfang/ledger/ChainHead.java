package org.lianfang.ledger;

import java.util.Objects;
import org.lianfang.UnitId;

/**
 * The last link of a unit's chain. Kept by the journal apart from the entries, it anchors verification: a removed
 * last entry is found because the entries no longer reach the head. A host may also publish heads (in a yearly report,
 * say) and verify against them later. Immutable and thread-safe.
 *
 * @param unitId the unit
 * @param sequence the last entry's sequence
 * @param hash the last entry's hash
 */
public record ChainHead(UnitId unitId, long sequence, String hash) {
  /** @throws NullPointerException if a part is null */
  public ChainHead {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(hash, "hash");
  }
}
