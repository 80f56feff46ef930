package org.lianfang.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;

/**
 * The record a test's hand-made journal entry names when the test is about the chain or the journal port, not about
 * records: the entry must name a record and its digest (journal format 2), and these are as good as any.
 */
public final class TestEntries {
  /** A record id no test stores. */
  public static final UUID RECORD = UUID.fromString("01234567-0000-7000-8000-00000000000a");
  /** A digest of no real state: 64 hex digits, as every digest has. */
  public static final String DIGEST = "d1".repeat(32);

  private TestEntries() {}

  /**
   * @param unit the unit
   * @param from the head to continue, or empty to start the chain
   * @param n how many entries
   * @return {@code n} entries continuing the chain, a second apart, each naming {@link #RECORD}
   */
  public static List<JournalEntry> chain(UnitId unit, Optional<ChainHead> from, int n) {
    List<JournalEntry> out = new ArrayList<>();
    Optional<ChainHead> head = from;
    for (int i = 0; i < n; i++) {
      JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
          head, unit, "restored", "importer", Instant.ofEpochSecond(1_283_212_800L + i),
          "第" + i + "条 𠮷", RECORD, DIGEST);
      out.add(e);
      head = Optional.of(e.head());
    }
    return out;
  }
}
