package org.lianfang.ledger;

import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;

/**
 * What a merge of an archive appends to a unit's chain in its own name (issue 10, finding 1): who brought the records
 * in and when is part of the record, like every other change, and nothing an archive says about its own past can
 * pass for the store's. Each event names the unit whose chain records it ({@code docs/journal-format.md}, section 6).
 * Immutable and thread-safe.
 */
public sealed interface ArchiveEvent extends DomainEvent {

  /**
   * An entry of another store's chain, merged into this store: the entry this one carries, as the archive gave it.
   * The carrying entry is stamped with who imported it and when, and names the record and digest the carried one
   * named, so the records agree with the chain; what the carried entry says of its own actor and time is only what
   * the archive claims.
   *
   * @param unitId the unit
   * @param carried the archive's entry, whole
   */
  record EntryMerged(UnitId unitId, JournalEntry carried) implements ArchiveEvent {
    /** @throws NullPointerException if a part is null */
    public EntryMerged {
      Objects.requireNonNull(unitId, "unitId");
      Objects.requireNonNull(carried, "carried");
    }

    @Override
    public String type() {
      return "ledger.entry-merged";
    }

    /** The carried entry's members under the names the ledger document gives them, its unit left out (it is ours). */
    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("sequence", carried.sequence())
          .put("eventType", carried.eventType())
          .put("actorId", carried.actorId())
          .put("at", carried.at())
          .put("payload", carried.payload())
          .put("recordId", carried.recordId().toString())
          .put("recordDigest", carried.recordDigest())
          .put("previousHash", carried.previousHash())
          .put("hash", carried.hash())
          .build();
    }
  }
}
