package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.RiskPoint;
import org.lianfang.testing.Generators;
import org.lianfang.testing.RiskGenerators;
import org.lianfang.testing.TestEntries;

/**
 * On PostgreSQL a command's transaction ({@code Transactions.inCommand}) holds its writes back and sends them
 * together with the next ones in one statement (issue 9); they must behave as writes sent at once: a later read in the transaction sees them, a stale one fails
 * the transaction whole, a chain's entries appended one after another in one transaction all land, and a nested
 * call's savepoint undoes its own writes and nothing held before it. Run on every database (H2 and MariaDB send each
 * write at once), so the behaviour is the same everywhere.
 */
class HeldWritesTest {
  private final UnitId unit = new UnitId(UUID.randomUUID());

  private List<RiskPoint> points(int n) {
    return Generators.draw(RiskGenerators.riskPoints(unit), n);
  }

  private List<JournalEntry> chain(int n) {
    List<JournalEntry> out = new ArrayList<>();
    Optional<ChainHead> head = Optional.empty();
    for (int i = 0; i < n; i++) {
      JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
          head, unit, "risk.identified", "科员-甲", Instant.ofEpochMilli(1_283_212_800_000L
          + i), "{\"riskPoint\":\"第" + i + "条\"}", TestEntries.RECORD, TestEntries.DIGEST);
      out.add(e);
      head = Optional.of(new ChainHead(unit, e.sequence(), e.hash()));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aReadLaterInTheTransactionSeesTheWritesBeforeItAndCommitKeepsThem(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    RiskPoint p = points(1).get(0);
    List<JournalEntry> entries = chain(3);
    Optional<RiskPoint> seen = store.transactions().inCommand(() -> {
      store.riskPoints().insert(p);
      entries.forEach(store.journal()::append);
      return store.riskPoints().find(p.id());
    });
    assertEquals(Optional.of(p), seen, "read in the transaction after the insert");
    assertEquals(Optional.of(p), store.riskPoints().find(p.id()));
    assertEquals(entries, store.journal().read(unit, 1, 10), "a chain's entries appended one after another");
    assertEquals(Optional.of(new ChainHead(unit, 3, entries.get(2).hash())), store.journal().head(unit));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aStaleUpdateAmongHeldWritesFailsTheTransactionWhole(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    List<RiskPoint> drawn = points(2);
    RiskPoint stored = drawn.get(0);
    RiskPoint other = drawn.get(1);
    store.riskPoints().insert(stored);
    List<JournalEntry> entries = chain(2);
    store.journal().append(entries.get(0));

    assertThrows(StaleAggregateException.class, () -> store.transactions().inCommand(() -> {
      store.riskPoints().insert(other);
      store.riskPoints().update(stored.withVersion(stored.version() + 5));
      store.journal().append(entries.get(1));
      return null;
    }));
    assertEquals(Optional.of(stored), store.riskPoints().find(stored.id()), "the stored point is as it was");
    assertEquals(Optional.empty(), store.riskPoints().find(other.id()), "the insert before it was rolled back");
    assertEquals(entries.subList(0, 1), store.journal().read(unit, 1, 10), "the entry after it was rolled back");
    assertEquals(Optional.of(new ChainHead(unit, 1, entries.get(0).hash())), store.journal().head(unit));
  }

  /** A held write that fails when sent fails its command even if the work catches the failure and goes on. */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aHeldWriteThatFailsFailsItsCommandEvenWhenTheWorkCatchesIt(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    List<RiskPoint> drawn = points(2);
    RiskPoint stored = drawn.get(0);
    store.riskPoints().insert(stored);

    assertThrows(StaleAggregateException.class, () -> store.transactions().inCommand(() -> {
      try {
        store.riskPoints().update(stored.withVersion(stored.version() + 5));
        store.riskPoints().find(drawn.get(1).id());
      } catch (StaleAggregateException caught) {
        // the work means to go on without that update
      }
      store.riskPoints().insert(drawn.get(1));
      return null;
    }));
    assertEquals(Optional.of(stored), store.riskPoints().find(stored.id()));
    assertTrue(store.riskPoints().find(drawn.get(1).id()).isEmpty(), "nothing of the command was kept");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aNestedCallUndoesItsOwnWritesAndKeepsThoseHeldBeforeIt(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    List<RiskPoint> drawn = points(2);
    store.transactions().inCommand(() -> {
      store.riskPoints().insert(drawn.get(0));
      assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
        store.riskPoints().insert(drawn.get(1));
        throw new IllegalStateException("the nested call fails after its insert");
      }));
      return null;
    });
    assertEquals(Optional.of(drawn.get(0)), store.riskPoints().find(drawn.get(0).id()));
    assertTrue(store.riskPoints().find(drawn.get(1).id()).isEmpty(), "the nested insert was undone");
  }

  /** Gives the unit a journal head and a counter row, as a unit has after its first identification. */
  private long headAndCounter(JdbcStore store, JournalEntry first) {
    store.journal().append(first);
    return store.transactions().inCommand(() -> store.riskPoints().nextCodeNumber(unit));
  }

  /**
   * Taking a code's number locks the unit's journal head on PostgreSQL (one statement for both, issue 9); the numbers
   * still run on within and across commands, and the command's appends continue the head it locked.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void numbersRunOnAndAppendsContinueTheHeadLockedWithTheCounter(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    List<JournalEntry> entries = chain(4);
    long first = headAndCounter(store, entries.get(0));
    List<Long> taken = store.transactions().inCommand(() -> {
      List<Long> numbers = List.of(store.riskPoints().nextCodeNumber(unit), store.riskPoints().nextCodeNumber(unit));
      store.journal().append(entries.get(1));
      store.journal().append(entries.get(2));
      assertEquals(Optional.of(entries.get(2).head()), store.journal().head(unit), "as the command moved it");
      return numbers;
    });
    assertEquals(List.of(first + 1, first + 2), taken);
    assertEquals(first + 3, store.transactions().inCommand(() -> store.riskPoints().nextCodeNumber(unit)));
    store.transactions().inCommand(() -> {
      store.riskPoints().nextCodeNumber(unit);
      store.journal().append(entries.get(3));
      return null;
    });
    assertEquals(entries, store.journal().read(unit, 1, 10));
    assertEquals(Optional.of(entries.get(3).head()), store.journal().head(unit));
  }

  /**
   * A nested call that appends moves the head the outer command locked, and one that fails undoes its append: either
   * way the command's next append continues the head as the database has it.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aNestedAppendMovesOrLeavesTheHeadTheCommandLocked(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    List<JournalEntry> entries = chain(4);
    headAndCounter(store, entries.get(0));
    store.transactions().inCommand(() -> {
      store.riskPoints().nextCodeNumber(unit);
      assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
        store.journal().append(entries.get(1));
        throw new IllegalStateException("the nested call fails after its append");
      }));
      assertEquals(Optional.of(entries.get(0).head()), store.journal().head(unit), "the undone append");
      store.journal().append(entries.get(1));
      return null;
    });
    store.transactions().inCommand(() -> {
      store.riskPoints().nextCodeNumber(unit);
      store.transactions().inTransaction(() -> {
        store.journal().append(entries.get(2));
        return null;
      });
      assertEquals(Optional.of(entries.get(2).head()), store.journal().head(unit), "the nested append");
      store.journal().append(entries.get(3));
      return null;
    });
    assertEquals(entries, store.journal().read(unit, 1, 10));
  }

  /**
   * A command that reads a point locks its unit's head with it on PostgreSQL; the command's appends continue that
   * head, a batch of appends in the command (as an import writes a unit's entries) moves it, and a point whose unit
   * has no head yet is still found.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aCommandThatReadsAPointAppendsAfterTheHeadLockedWithIt(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    RiskPoint p = points(1).get(0);
    store.riskPoints().insert(p);
    List<JournalEntry> entries = chain(5);
    store.journal().append(entries.get(0));
    store.transactions().inCommand(() -> {
      assertEquals(Optional.of(p), store.riskPoints().find(p.id()));
      assertEquals(Optional.of(entries.get(0).head()), store.journal().head(unit));
      store.journal().append(entries.get(1));
      assertEquals(Optional.of(entries.get(1).head()), store.journal().head(unit));
      store.journal().appendAll(entries.subList(2, 4));
      assertEquals(Optional.of(entries.get(3).head()), store.journal().head(unit), "as the batch moved it");
      store.journal().append(entries.get(4));
      return null;
    });
    assertEquals(entries, store.journal().read(unit, 1, 10));

    RiskPoint headless = Generators.draw(RiskGenerators.riskPoints(new UnitId(UUID.randomUUID())), 1).get(0);
    store.riskPoints().insert(headless);
    assertEquals(Optional.of(headless), store.transactions().inCommand(() -> store.riskPoints().find(headless.id())));
  }

  /**
   * A transaction that numbers without holding writes (a nested call, a template adoption: counter, then head) and a
   * command that numbers in the same unit at once (counter and head in one statement on PostgreSQL) both land, one
   * after the other, with consecutive numbers: both lock the counter first, so neither waits for a lock the other
   * holds. The first transaction pauses between numbering and appending so that the command is waiting by then.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void numberingWithAndWithoutHeldWritesAtOnceInOneUnitBothLand(TestDatabases.Kind kind) throws Exception {
    JdbcStore store = Stores.fresh(kind);
    List<JournalEntry> entries = chain(3);
    long first = headAndCounter(store, entries.get(0));
    java.util.concurrent.CountDownLatch numbered = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.Future<Long> plain = pool.submit(() -> store.transactions().inTransaction(() -> {
        long n = store.riskPoints().nextCodeNumber(unit);
        numbered.countDown();
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        store.journal().append(JournalChain.next(ChainDigest.SHA_256,
            store.journal().head(unit), unit, "risk.identified", "甲",
            Instant.ofEpochMilli(1_283_212_900_000L), "{\"n\":" + n + "}", TestEntries.RECORD, TestEntries.DIGEST));
        return n;
      }));
      numbered.await();
      java.util.concurrent.Future<Long> command = pool.submit(() -> store.transactions().inCommand(() -> {
        long n = store.riskPoints().nextCodeNumber(unit);
        store.journal().append(JournalChain.next(ChainDigest.SHA_256,
            store.journal().head(unit), unit, "risk.identified", "乙",
            Instant.ofEpochMilli(1_283_212_900_001L), "{\"n\":" + n + "}", TestEntries.RECORD, TestEntries.DIGEST));
        return n;
      }));
      assertEquals(java.util.Set.of(first + 1, first + 2), java.util.Set.of(plain.get(), command.get()));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, store.journal().read(unit, 1, 10).size());
    assertEquals(new org.lianfang.ledger.Verification.Intact(3), JournalChain.verify(ChainDigest.SHA_256, unit,
        store.journal().read(unit, 1, 10), store.journal().head(unit)));
  }

  /**
   * A command takes the counter as the database has it when the command starts, never a number kept from an earlier
   * transaction: a counter moved outside commands (a bulk load, a host's script) is continued.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void numberingContinuesACounterMovedOutsideCommands(TestDatabases.Kind kind) throws Exception {
    JdbcStore store = Stores.fresh(kind);
    long first = headAndCounter(store, chain(1).get(0));
    try (java.sql.Connection c = store.dataSource().getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE lf_journal_head SET risk_point_number = risk_point_number + 10");
    }
    assertEquals(first + 11, store.transactions().inCommand(() -> store.riskPoints().nextCodeNumber(unit)));
  }

  /**
   * A point whose lists hold more values than PostgreSQL binds in one statement (a long review history, a notice with
   * thousands of comments) is written in batches, inserted and replaced whole alike.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aPointWithAListTooLongForOneStatementIsWrittenWhole(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    RiskPoint p = points(1).get(0);
    List<ReviewRecord> history = Generators.draw(RiskGenerators.reviewRecords(), 8_000); // QuickTheories may give fewer
    assertTrue(history.size() > 1_000, "far more than one statement takes: " + history.size());
    RiskPoint longOne = withHistory(p, history);
    store.riskPoints().insert(longOne);
    assertEquals(Optional.of(longOne), store.riskPoints().find(p.id()));

    RiskPoint shorter = withHistory(p, history.subList(0, history.size() - 1));
    store.riskPoints().update(shorter);
    assertEquals(Optional.of(shorter.withVersion(2)), store.riskPoints().find(p.id()));
  }

  private static RiskPoint withHistory(RiskPoint p, List<ReviewRecord> history) {
    return RiskPoint.restore(p.id(), p.code(), p.location(), p.description(), p.owners(), p.custom(), p.state(),
        p.grading(), p.notice(), p.confirmation(), history, p.identifiedBy(), p.identifiedAt(), 1);
  }
}
