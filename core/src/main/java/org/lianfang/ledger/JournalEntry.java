package org.lianfang.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.lianfang.UnitId;

/**
 * One link of a unit's journal chain: what happened (event type and canonical payload), who did it, when, and the
 * hashes that chain it to the entry before. Immutable and thread-safe.
 *
 * @param unitId the unit whose chain this is
 * @param sequence 1 for the first entry, then +1 each
 * @param eventType the event's stable code
 * @param actorId who issued the command
 * @param at when it was committed (from the injected clock)
 * @param payload the event's canonical JSON (docs/journal-format.md)
 * @param recordId the id of the record the event changed
 * @param recordDigest the digest of that record's canonical state after the change ({@link JournalChain#recordDigest}),
 *     so that the journal proves the records as well as itself (issue 10, finding 2)
 * @param previousHash the hash of the entry before; {@link JournalChain#GENESIS} for the first
 * @param hash the archive's digest ({@link ChainDigest}) over the canonical JSON of all the fields above
 *     ({@link CanonicalJson#entry}), lower-case hex
 */
public record JournalEntry(
    UnitId unitId, long sequence, String eventType, String actorId, Instant at, String payload, UUID recordId,
    String recordDigest, String previousHash, String hash) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the sequence is not positive
   */
  public JournalEntry {
    Objects.requireNonNull(unitId, "unitId");
    checkArgument(sequence >= 1, "sequence must be >= 1: %s", sequence);
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(recordDigest, "recordDigest");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** @return the head this entry makes of its chain */
  public ChainHead head() {
    return new ChainHead(unitId, sequence, hash);
  }
}
