package org.lianfang.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.Archivable;
import org.lianfang.UnitId;

/**
 * Builds and checks the per-unit hash chain (ARCHITECTURE.md decisions 3 and 12). The hash of an entry is the
 * lower-case hex digest of the UTF-8 bytes of {@link CanonicalJson#entry its canonical JSON}: the RFC 8785 form of
 * the entry as the ledger document writes it, without its {@code hash} ({@code docs/journal-format.md}), with the
 * archive's {@link ChainDigest} (SHA-256 by default, SM3 for 国密). Any language can check a chain from an exported
 * ledger. Stateless and thread-safe.
 */
public final class JournalChain {
  /** The previous hash of a chain's first entry: 64 zeros, whichever 256-bit {@link ChainDigest}. */
  public static final String GENESIS = "0".repeat(64);

  private JournalChain() {}

  /**
   * Makes the entry that continues a chain.
   *
   * @param digest the archive's digest
   * @param head the chain's current head, or empty for a new chain
   * @param unitId the unit
   * @param eventType the event's code
   * @param actorId who acted
   * @param at when; kept to the millisecond, which every supported database stores exactly
   * @param payload the event's canonical JSON ({@link CanonicalJson#of})
   * @param recordId the id of the record the event changed
   * @param recordDigest the digest of the record's state after the change ({@link #recordDigest})
   * @return the next entry
   */
  public static JournalEntry next(ChainDigest digest, Optional<ChainHead> head, UnitId unitId, String eventType,
      String actorId, Instant at, String payload, UUID recordId, String recordDigest) {
    Instant millis = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    long sequence = head.map(h -> h.sequence() + 1).orElse(1L);
    String previous = head.map(ChainHead::hash).orElse(GENESIS);
    return new JournalEntry(unitId, sequence, eventType, actorId, millis, payload, recordId, recordDigest, previous,
        hash(digest, unitId, sequence, eventType, actorId, millis, payload, recordId, recordDigest, previous));
  }

  /**
   * Whether an entry continues a chain: sequence one past the head's (1 for an empty chain) and previous hash equal to
   * the head's ({@link #GENESIS} for an empty chain). The one rule every journal and import applies.
   *
   * @param head the chain's last link, or empty for an empty chain
   * @param e an entry
   * @return whether it is the next link
   */
  public static boolean continues(Optional<ChainHead> head, JournalEntry e) {
    return e.sequence() == head.map(ChainHead::sequence).orElse(0L) + 1
        && e.previousHash().equals(head.map(ChainHead::hash).orElse(GENESIS));
  }

  /**
   * The digest of a record's canonical state, which each journal entry carries for the record its event changed
   * (issue 10, finding 2): the lower-case hex digest of the UTF-8 bytes of the state's canonical JSON.
   *
   * @param digest the archive's digest
   * @param state a record's canonical state ({@code AggregateKinds.state})
   * @return its digest
   * @throws IllegalArgumentException if a text of the state is not well-formed Unicode
   */
  public static String recordDigest(ChainDigest digest, Archivable state) {
    // the canonical text holds no unpaired surrogate (CanonicalJson refuses one), so it encodes exactly: no encoder
    // that reports faults is needed, and getBytes is the JDK's fast path (a restore digests every record it reads)
    byte[] bytes = CanonicalJson.of(state).getBytes(StandardCharsets.UTF_8);
    return digest.hex(bytes, 0, bytes.length);
  }

  /**
   * @param digest the archive's digest
   * @param e an entry
   * @return the hash its fields should have
   */
  public static String expectedHash(ChainDigest digest, JournalEntry e) {
    return hash(digest, e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(), e.payload(), e.recordId(),
        e.recordDigest(), e.previousHash());
  }

  /**
   * Checks a unit's chain from its first entry: sequences run 1, 2, 3… without gap, each entry links to the hash of
   * the one before, each hash matches its fields, every entry is of the unit, and the last entry is the head the
   * journal keeps (so a removed last entry is found too).
   *
   * @param digest the archive's digest
   * @param unitId the unit
   * @param entries the entries in sequence order, from the first
   * @param head the head the journal keeps (or a head published earlier), or empty if the chain should be empty
   * @return {@link Verification.Intact} or the first {@link Verification.Broken} link
   */
  public static Verification verify(
      ChainDigest digest, UnitId unitId, Iterable<JournalEntry> entries, Optional<ChainHead> head) {
    Objects.requireNonNull(unitId, "unitId");
    long expected = 1;
    String previous = GENESIS;
    Iterator<JournalEntry> it = entries.iterator();
    while (it.hasNext()) {
      JournalEntry e = it.next();
      if (!e.unitId().equals(unitId)) {
        return new Verification.Broken(expected, "第 " + expected + " 条记录不属于本单位",
            "entry " + expected + " belongs to another unit");
      }
      if (e.sequence() != expected) {
        return new Verification.Broken(expected, "应为第 " + expected + " 条记录，实为第 " + e.sequence() + " 条（记录缺失或顺序被改）",
            "expected entry " + expected + " but found " + e.sequence() + " (an entry is missing or reordered)");
      }
      if (!e.previousHash().equals(previous)) {
        return new Verification.Broken(expected, "第 " + expected + " 条记录与前一条的哈希不衔接",
            "entry " + expected + " does not link to the hash of the entry before it");
      }
      if (!expectedHash(digest, e).equals(e.hash())) {
        return new Verification.Broken(expected, "第 " + expected + " 条记录的内容与其哈希不符（被修改）",
            "entry " + expected + " does not match its hash (it was edited)");
      }
      previous = e.hash();
      expected++;
    }
    long last = expected - 1;
    if (head.isEmpty()) {
      return last == 0 ? new Verification.Intact(0)
          : new Verification.Broken(1, "链头缺失，但存在 " + last + " 条记录", "the chain has " + last + " entries but no head");
    }
    ChainHead h = head.get();
    if (h.sequence() != last || !h.hash().equals(previous)) {
      return new Verification.Broken(Math.min(last, h.sequence()) + 1,
          "记录止于第 " + last + " 条，而链头为第 " + h.sequence() + " 条（末尾记录被删除或链头被改）",
          "entries end at " + last + " but the head is at " + h.sequence() + " (entries removed at the end, or the head changed)");
    }
    return new Verification.Intact(last);
  }

  private static String hash(ChainDigest digest, UnitId unitId, long sequence, String eventType, String actorId,
      Instant at, String payload, UUID recordId, String recordDigest, String previous) {
    EntryBytes bytes = CanonicalJson.entryBytes(unitId.toString(), sequence, eventType, actorId, at, payload,
        recordId.toString(), recordDigest, previous);
    return digest.hex(bytes.bytes(), 0, bytes.length());
  }
}
