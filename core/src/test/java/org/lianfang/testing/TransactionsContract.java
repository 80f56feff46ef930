package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.spi.Store;

/**
 * The contract of {@link org.lianfang.spi.Transactions}: all or nothing, the exception passes through unchanged,
 * nested calls join as savepoints (the way to go on after a failed write), reads see the transaction's own writes,
 * a snapshot read sees one instant. Extend it with a fresh, empty store per call of
 * {@link #newStore()}.
 */
public abstract class TransactionsContract {
  private Store store;

  /** @return a new, empty store */
  protected abstract Store newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  private static Unit aUnit(String code) {
    return Unit.register(new UnitId(UUID.randomUUID()), code, "单位", UnitKind.OTHER, Optional.empty()).after();
  }

  /** A command's unit of work ({@code inCommand}) commits what it wrote, with its journal, or nothing if it throws. */
  @Test
  public void aCommandCommitsItsWritesWithItsJournalOrNothing() {
    Unit kept = aUnit("C1");
    JournalEntry first = JournalChain.next(ChainDigest.SHA_256,
        Optional.empty(), kept.id(), "unit.registered", "a", Instant.EPOCH, "{}",
        TestEntries.RECORD, TestEntries.DIGEST);
    String result = store.transactions().inCommand(() -> {
      store.units().insert(kept);
      store.journal().append(first);
      assertTrue(store.units().find(kept.id()).isPresent(), "reads inside see the command's own writes");
      return "done";
    });
    assertEquals("done", result);
    assertEquals(List.of(first), store.journal().read(kept.id(), 1, 10));

    Unit undone = aUnit("C2");
    IllegalStateException boom = new IllegalStateException("boom");
    assertSame(boom, assertThrows(IllegalStateException.class, () -> store.transactions().inCommand(() -> {
      store.units().insert(undone);
      store.journal().append(JournalChain.next(ChainDigest.SHA_256,
          Optional.of(new ChainHead(kept.id(), 1, first.hash())), kept.id(),
          "unit.changed", "a", Instant.EPOCH, "{}", TestEntries.RECORD, TestEntries.DIGEST));
      throw boom;
    })));
    assertTrue(store.units().find(undone.id()).isEmpty());
    assertEquals(List.of(first), store.journal().read(kept.id(), 1, 10));
  }

  @Test
  public void commitsWhatTheWorkWrote() {
    Unit u = aUnit("T1");
    String result = store.transactions().inTransaction(() -> {
      store.units().insert(u);
      return "done";
    });
    assertEquals("done", result);
    assertTrue(store.units().find(u.id()).isPresent());
  }

  @Test
  public void undoesEverythingWhenTheWorkThrows() {
    Unit kept = aUnit("K");
    store.transactions().inTransaction(() -> {
      store.units().insert(kept);
      return null;
    });
    Unit v1 = store.units().find(kept.id()).orElseThrow();
    Unit added = aUnit("A");
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> store.transactions().inTransaction(() -> {
          store.units().insert(added);
          store.units().update(Unit.restore(v1.id(), "K2", "改名", v1.kind(), v1.parent(), v1.version()));
          store.journal().append(JournalChain.next(ChainDigest.SHA_256,
              Optional.empty(), kept.id(), "e", "a", Instant.EPOCH, "p",
              TestEntries.RECORD, TestEntries.DIGEST));
          throw boom;
        }));
    assertSame(boom, thrown);
    assertTrue(store.units().find(added.id()).isEmpty());
    assertEquals(Optional.of(v1), store.units().find(kept.id()));
    assertTrue(store.journal().head(kept.id()).isEmpty());
    assertTrue(store.journal().read(kept.id(), 1, 10).isEmpty());
  }

  @Test
  public void nestedCallsJoinTheOuterTransaction() {
    Unit inner = aUnit("I");
    assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
      store.transactions().inTransaction(() -> {
        store.units().insert(inner);
        return null;
      });
      throw new IllegalStateException("outer fails after inner returned");
    }));
    assertTrue(store.units().find(inner.id()).isEmpty());
  }

  @Test
  public void aNestedCallThatThrowsUndoesOnlyItsOwnWrites() {
    Unit outer = aUnit("O");
    Unit inner = aUnit("N");
    store.transactions().inTransaction(() -> {
      store.units().insert(outer);
      try {
        store.transactions().inTransaction(() -> {
          store.units().insert(inner);
          throw new IllegalStateException("refused inside");
        });
      } catch (IllegalStateException expected) {
        // the host decides to go on
      }
      return null;
    });
    assertTrue(store.units().find(outer.id()).isPresent());
    assertTrue(store.units().find(inner.id()).isEmpty());
  }

  @Test
  public void aFailedWriteInANestedCallThatTheWorkCatchesLeavesNothingAndTheTransactionGoesOn() {
    Unit first = aUnit("F1");
    Unit clash = Unit.register(new UnitId(UUID.randomUUID()), "F1", "同码", UnitKind.OTHER, Optional.empty()).after();
    Unit after = aUnit("F2");
    store.transactions().inTransaction(() -> {
      store.units().insert(first);
      try {
        store.transactions().inTransaction(() -> {
          store.units().insert(clash);
          return null;
        });
      } catch (org.lianfang.ConflictException expected) {
        // the work decides to go on without it
      }
      store.units().insert(after);
      return null;
    });
    assertTrue(store.units().find(first.id()).isPresent());
    assertTrue(store.units().find(clash.id()).isEmpty());
    assertTrue(store.units().find(after.id()).isPresent(), "the transaction was still usable after the failure");
  }

  /**
   * A snapshot read (issue 11) sees one instant: what another thread commits while it runs stays out of it, and is
   * there for the next read. A store whose transactions lock others out (the in-memory store) holds the writer back
   * until the snapshot ends; one with snapshots lets it commit meanwhile; either way the snapshot reads the same twice.
   */
  @Test
  public void aSnapshotReadSeesOneInstantWhileAnotherThreadCommits() throws Exception {
    Unit u = aUnit("S");
    JournalEntry first = JournalChain.next(ChainDigest.SHA_256, Optional.empty(), u.id(), "unit.registered", "a",
        Instant.EPOCH, "{}", TestEntries.RECORD, TestEntries.DIGEST);
    store.transactions().inTransaction(() -> {
      store.units().insert(u);
      store.journal().append(first);
      return null;
    });
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> second = writer.submit(() -> {
        read.await();
        store.transactions().inTransaction(() -> {
          store.journal().append(JournalChain.next(ChainDigest.SHA_256, Optional.of(first.head()), u.id(),
              "unit.changed", "b", Instant.EPOCH, "{}", TestEntries.RECORD, TestEntries.DIGEST));
          return null;
        });
        written.countDown();
        return null;
      });
      List<List<JournalEntry>> twice = store.transactions().inSnapshot(() -> {
        List<JournalEntry> before = store.journal().read(u.id(), 1, 10);
        read.countDown();
        try {
          written.await(500, TimeUnit.MILLISECONDS); // a locking store holds the writer back: go on without it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return List.of(before, store.journal().read(u.id(), 1, 10));
      });
      assertEquals(List.of(first), twice.get(0));
      assertEquals(twice.get(0), twice.get(1), "the snapshot read the same both times");
      second.get(10, TimeUnit.SECONDS);
    } finally {
      writer.shutdownNow();
    }
    assertEquals(2, store.journal().read(u.id(), 1, 10).size(), "the writer's commit is there after the snapshot");
  }

  /**
   * Inside a transaction, another thread's would not commit apart from it (and on a locking store would wait for it):
   * the store must not say it may. Where it says so outside, another thread's transaction commits while the calling
   * thread waits for it, and the calling thread then reads what it wrote (an import restoring in steps relies on it).
   */
  @Test
  public void anotherThreadCommitsApartOnlyWhereTheStoreSaysItMay() throws Exception {
    assertFalse(store.transactions().inTransaction(() -> store.transactions().mayCommitOnAnotherThread()),
        "inside a transaction");
    assertFalse(store.transactions().inTransaction(() -> store.transactions().inTransaction(
        () -> store.transactions().mayCommitOnAnotherThread())), "inside a nested transaction");
    if (store.transactions().mayCommitOnAnotherThread()) {
      Unit u = aUnit("A");
      ExecutorService writer = Executors.newSingleThreadExecutor();
      try {
        writer.submit(() -> store.transactions().inTransaction(() -> {
          store.units().insert(u);
          return null;
        })).get(10, TimeUnit.SECONDS);
      } finally {
        writer.shutdownNow();
      }
      assertEquals(Optional.of("A"), store.units().find(u.id()).map(Unit::code), "the other thread's unit is there");
    }
  }

  @Test
  public void readsInsideSeeTheTransactionsOwnWrites() {
    Unit u = aUnit("R");
    boolean seen = store.transactions().inTransaction(() -> {
      store.units().insert(u);
      return store.units().find(u.id()).isPresent() && store.units().byCode("R").isPresent();
    });
    assertTrue(seen);
  }
}
