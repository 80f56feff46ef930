package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.Verification;
import org.lianfang.testing.World;
import org.lianfang.testing.TestEntries;

/**
 * Issue 10, finding 4: what a database administrator does to a unit's journal around Lianfang — deleting its chain and
 * head, or inserting a row past the head — is reported by the verification, and a row past the head is not served as
 * part of the journal. Done with plain SQL on each database, as the administrator would.
 */
class JournalAroundLianfangTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void finding4AUnitWhoseChainAndHeadWereDeletedIsBrokenNotIntactZero(Supplier<JdbcStore> store) throws Exception {
    World w = World.in(store.get());
    w.draft(w.aPointOnApprover().build());
    sql(w, "DELETE FROM lf_journal WHERE unit_id = ?", w.land);
    sql(w, "DELETE FROM lf_journal_head WHERE unit_id = ?", w.land);

    Verification v = w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow();
    assertEquals(new Verification.Broken(1, "单位已登记，账本却没有链头：其条目或链头已被删除",
        "the unit is registered but its journal has no head: its entries or its head were deleted"), v);
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void finding4ARowPastTheHeadIsReportedAndNotServed(Supplier<JdbcStore> store) throws Exception {
    World w = World.in(store.get());
    w.draft(w.aPointOnApprover().build());
    List<JournalEntry> before = w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 1000).orElseThrow();
    JournalEntry last = before.get(before.size() - 1);
    long past = last.sequence() + 1;
    try (Connection c = ((JdbcStore) w.store).dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO lf_journal (unit_id, sequence, event_type, actor_id, "
            + "at_ms, payload, record_id, record_digest, previous_hash, hash) "
            + "VALUES (?, ?, 'risk.identified', 'forger', 0, '{}', ?, ?, ?, ?)")) {
      bind(w, ps, 1, w.land);
      ps.setLong(2, past);
      bind(w, ps, 3, w.land);
      ps.setString(4, "e".repeat(64));
      ps.setString(5, last.hash());
      ps.setString(6, "f".repeat(64));
      ps.executeUpdate();
    }

    Verification v = w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow();
    assertFalse(v.intact());
    assertEquals(past, ((Verification.Broken) v).sequence());
    assertTrue(((Verification.Broken) v).reasonEn().contains("past the head"), v.toString());
    assertEquals(before, w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 1000).orElseThrow(),
        "the journal served is the chain up to the head");
    assertEquals(List.of(), w.lianfang.ledger().queries().journal(w.auditor, w.land, past, 10).orElseThrow());
  }

  /**
   * Lianfang itself never writes past the head: an append whose head moved meanwhile fails and inserts nothing, even
   * in a transaction whose work catches the failure and commits (the review of c8bc6c5 found PostgreSQL's held append
   * inserting the entry before its check failed).
   */
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void anAppendThatDoesNotContinueTheChainInsertsNothingEvenIfItsFailureIsCaught(Supplier<JdbcStore> empty) {
    JdbcStore store = empty.get();
    UnitId unit = new UnitId(java.util.UUID.randomUUID());
    java.time.Instant at = java.time.Instant.parse("2010-08-31T02:00:00Z");
    JournalEntry first = org.lianfang.ledger.JournalChain.next(ChainDigest.SHA_256,
        java.util.Optional.empty(), unit, "unit.registered",
        "clerk", at, "{}", TestEntries.RECORD, TestEntries.DIGEST);
    store.transactions().inTransaction(() -> {
      store.journal().append(first);
      return null;
    });
    JournalEntry forged = org.lianfang.ledger.JournalChain.next(ChainDigest.SHA_256, java.util.Optional.of(
        new org.lianfang.ledger.ChainHead(unit, 1, "0".repeat(64))), unit, "risk.identified", "clerk", at, "{}",
            TestEntries.RECORD, TestEntries.DIGEST);
    store.transactions().inTransaction(() -> {
      try {
        store.journal().append(forged);
      } catch (org.lianfang.JournalConflictException expected) {
        // the work goes on and commits
      }
      return null;
    });
    assertEquals(List.of(first), store.journal().read(unit, 1, 10));
    assertEquals(java.util.Optional.of(first.head()), store.journal().head(unit));
  }

  private static void sql(World w, String statement, UnitId unit) throws SQLException {
    try (Connection c = ((JdbcStore) w.store).dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      bind(w, ps, 1, unit);
      ps.executeUpdate();
    }
  }

  private static void bind(World w, PreparedStatement ps, int i, UnitId unit) throws SQLException {
    if (((JdbcStore) w.store).dialect() == Dialect.MYSQL) {
      ps.setString(i, unit.value().toString());
    } else {
      ps.setObject(i, unit.value());
    }
  }
}
