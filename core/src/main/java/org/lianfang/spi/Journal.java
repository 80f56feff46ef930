package org.lianfang.spi;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalEntry;

/**
 * The append-only archive: one hash chain per unit (ARCHITECTURE.md decision 3).
 *
 * <p>Contract: {@link #append} accepts only the entry that continues the unit's chain — sequence one past the head's
 * (1 for an empty chain) and previous hash equal to the head's hash ({@code JournalChain.GENESIS} for an empty chain)
 * — and moves the head to it; anything else fails with {@link org.lianfang.JournalConflictException} and writes
 * nothing. Under concurrent writers a chain stays single: no fork, no gap. Entries are never changed or removed
 * through this port. Reads return entries exactly as appended. Appends take effect with the surrounding
 * {@link Transactions} call.
 */
public interface Journal {
  /**
   * The digest the archive's chains are built with (issue 10, 国密): fixed when the archive is made, the same for every
   * unit and for the archive's whole life. Commands hash entries and records with it, verification checks with it,
   * exports and checkpoints name it. A store records its name with the archive, so a store opened on it later uses the
   * same (the JDBC store in {@code lf_archive}).
   *
   * @return the digest; never null
   */
  ChainDigest digest();

  /** @param unit a unit @return the last link of its chain; empty while the chain is empty */
  Optional<ChainHead> head(UnitId unit);

  /** @param entry the entry continuing its unit's chain */
  void append(JournalEntry entry);

  /**
   * Appends several entries as {@link #append} appends each, in order (each continuing its unit's chain: the stored
   * head, then the entries before it in the list), as a ledger's restore or merge writes a unit's entries (issue 10,
   * finding 1). By default one {@link #append} each; a store may send them in batches and move each unit's head once
   * (the JDBC store does). A failure leaves the surrounding transaction to roll back.
   *
   * @param entries the entries, each unit's in sequence order
   */
  default void appendAll(List<JournalEntry> entries) {
    entries.forEach(this::append);
  }

  /**
   * @param unit a unit
   * @param fromSequence the first sequence wanted (1 for the start)
   * @param limit the most entries to return, positive
   * @return the entries from that sequence on, in sequence order
   */
  List<JournalEntry> read(UnitId unit, long fromSequence, int limit);
}
