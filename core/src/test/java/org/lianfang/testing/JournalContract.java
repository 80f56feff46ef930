package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.JournalConflictException;
import org.lianfang.LianfangException;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.Verification;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Store;

/**
 * The contract of {@link Journal}: only the entry that continues a chain is accepted, entries come back exactly as
 * appended, and concurrent writers leave a single chain with no fork and no gap. Extend it with a fresh, empty store
 * per call of {@link #newStore()}.
 */
public abstract class JournalContract {
  private Store store;

  /** @return a new, empty store */
  protected abstract Store newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  private Journal journal() {
    return store.journal();
  }

  private void append(JournalEntry e) {
    store.transactions().inTransaction(() -> {
      journal().append(e);
      return null;
    });
  }

  /** Issue 10 (国密): a journal names one 256-bit digest, keeps it, and its entries made with it verify. */
  @Test
  public void theJournalNamesOneDigestAndKeepsIt() {
    ChainDigest digest = journal().digest();
    assertEquals(64, digest.hex(new byte[0], 0, 0).length(), "256 bits, in hex");
    UnitId unit = new UnitId(UUID.randomUUID());
    JournalEntry first = JournalChain.next(digest, Optional.empty(), unit, "e", "a", Instant.EPOCH, "一",
        TestEntries.RECORD, TestEntries.DIGEST);
    append(first);
    assertEquals(digest, journal().digest(), "the same after an append");
    assertEquals(new Verification.Intact(1),
        JournalChain.verify(journal().digest(), unit, journal().read(unit, 1, 10), journal().head(unit)));
  }

  @Test
  public void entriesComeBackExactlyAsAppended() {
    qt().withExamples(100).forAll(Generators.chains(new UnitId(UUID.randomUUID()), 12)).checkAssert(chain -> {
      UnitId unit = new UnitId(UUID.randomUUID());
      List<JournalEntry> rebased = rebase(chain, unit);
      rebased.forEach(this::append);
      assertEquals(rebased, journal().read(unit, 1, 1000));
      assertEquals(Optional.of(rebased.get(rebased.size() - 1).head()), journal().head(unit));
      assertEquals(new Verification.Intact(rebased.size()),
          JournalChain.verify(journal().digest(), unit, journal().read(unit, 1, 1000), journal().head(unit)));
    });
  }

  private List<JournalEntry> rebase(List<JournalEntry> chain, UnitId unit) {
    List<JournalEntry> out = new ArrayList<>();
    Optional<ChainHead> head = Optional.empty();
    for (JournalEntry e : chain) {
      JournalEntry n = JournalChain.next(journal().digest(), head, unit, e.eventType(), e.actorId(), e.at(),
          e.payload(), e.recordId(), e.recordDigest());
      out.add(n);
      head = Optional.of(n.head());
    }
    return out;
  }

  @Test
  public void readPagesBySequence() {
    UnitId unit = new UnitId(UUID.randomUUID());
    Optional<ChainHead> head = Optional.empty();
    for (int i = 0; i < 25; i++) {
      JournalEntry e = JournalChain.next(journal().digest(),
          head, unit, "e", "a", Instant.ofEpochSecond(i), "第" + i + "条",
          TestEntries.RECORD, TestEntries.DIGEST);
      append(e);
      head = Optional.of(e.head());
    }
    assertEquals(10, journal().read(unit, 1, 10).size());
    assertEquals(11, journal().read(unit, 11, 10).get(0).sequence());
    assertEquals(5, journal().read(unit, 21, 10).size());
    assertTrue(journal().read(unit, 26, 10).isEmpty());
    assertTrue(journal().read(new UnitId(UUID.randomUUID()), 1, 10).isEmpty());
  }

  @Test
  public void anEntryThatDoesNotContinueTheHeadIsRefused() {
    UnitId unit = new UnitId(UUID.randomUUID());
    JournalEntry first = JournalChain.next(journal().digest(),
        Optional.empty(), unit, "e", "a", Instant.EPOCH, "一", TestEntries.RECORD,
        TestEntries.DIGEST);
    append(first);
    JournalEntry again = JournalChain.next(journal().digest(), Optional.empty(), unit, "e", "a", Instant.EPOCH, "fork",
        TestEntries.RECORD, TestEntries.DIGEST);
    assertThrows(JournalConflictException.class, () -> append(again));
    JournalEntry skipping = JournalChain.next(journal().digest(),
        Optional.of(new ChainHead(unit, 5, first.hash())), unit, "e", "a",
        Instant.EPOCH, "gap", TestEntries.RECORD, TestEntries.DIGEST);
    assertThrows(JournalConflictException.class, () -> append(skipping));
    JournalEntry wrongLink = JournalChain.next(journal().digest(),
        Optional.of(new ChainHead(unit, 1, JournalChain.GENESIS)), unit, "e",
        "a", Instant.EPOCH, "wrong link", TestEntries.RECORD, TestEntries.DIGEST);
    assertThrows(JournalConflictException.class, () -> append(wrongLink));
    assertEquals(List.of(first), journal().read(unit, 1, 10));
    assertEquals(Optional.of(first.head()), journal().head(unit));
  }

  /**
   * A restore appends a unit's entries in one call (issue 10, finding 1): several units' chains continue their heads
   * as one append each would; a list that forks a chain fails within its transaction, which keeps nothing of the
   * call.
   */
  @Test
  public void appendAllContinuesEachChainAndAForkKeepsNothing() {
    UnitId a = new UnitId(UUID.randomUUID());
    UnitId b = new UnitId(UUID.randomUUID());
    List<JournalEntry> first = new ArrayList<>(TestEntries.chain(a, Optional.empty(), 3));
    append(first.get(0));
    List<JournalEntry> both = new ArrayList<>(first.subList(1, 3));
    List<JournalEntry> ofB = TestEntries.chain(b, Optional.empty(), 4);
    both.addAll(ofB);
    store.transactions().inTransaction(() -> {
      journal().appendAll(both);
      return null;
    });
    assertEquals(first, journal().read(a, 1, 10));
    assertEquals(ofB, journal().read(b, 1, 10));
    assertEquals(Optional.of(ofB.get(3).head()), journal().head(b));

    List<JournalEntry> more = TestEntries.chain(a, journal().head(a), 2);
    List<JournalEntry> forked = new ArrayList<>(more);
    forked.addAll(TestEntries.chain(b, Optional.empty(), 2));
    assertThrows(JournalConflictException.class, () -> store.transactions().inTransaction(() -> {
      journal().appendAll(forked);
      return null;
    }));
    assertEquals(first, journal().read(a, 1, 10), "the continuing part of a failed call is not kept either");
    assertEquals(Optional.of(first.get(2).head()), journal().head(a));
    assertEquals(ofB, journal().read(b, 1, 10));
  }

  @Test
  public void concurrentWritersKeepOneChainPerUnit() throws Exception {
    List<UnitId> units = List.of(new UnitId(UUID.randomUUID()), new UnitId(UUID.randomUUID()));
    int threads = 8;
    int perThread = 40;
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          UnitId unit = units.get((thread + i) % units.size());
          while (true) {
            try {
              store.transactions().inTransaction(() -> {
                Optional<ChainHead> head = journal().head(unit);
                journal().append(JournalChain.next(journal().digest(),
                    head, unit, "e", "t" + thread, Instant.EPOCH, "线程" + thread,
                    TestEntries.RECORD, TestEntries.DIGEST));
                return null;
              });
              break;
            } catch (LianfangException conflict) {
              conflicts.incrementAndGet();
            }
          }
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    long total = 0;
    for (UnitId unit : units) {
      List<JournalEntry> chain = journal().read(unit, 1, threads * perThread + 1);
      total += chain.size();
      assertEquals(new Verification.Intact(chain.size()), JournalChain.verify(journal().digest(),
          unit, chain, journal().head(unit)));
    }
    assertEquals((long) threads * perThread, total, "every append landed once (conflicts retried: " + conflicts + ")");
  }
}
