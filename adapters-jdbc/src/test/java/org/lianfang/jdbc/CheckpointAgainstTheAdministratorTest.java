package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.UnitId;
import org.lianfang.application.ledger.LedgerQueries;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.Checkpoint;
import org.lianfang.application.ledger.JcaSigner;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.Verification;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 3: a database administrator rewrites an entry and recomputes every later hash and the head, or
 * removes the tail and moves the head back. Both verify as intact against the head the database keeps — they are
 * consistent chains — and both are found against a checkpoint signed before, kept outside the database. Done with
 * plain SQL on each database, as the administrator would, with the library's own public hash function.
 */
class CheckpointAgainstTheAdministratorTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding3AnEntryRewrittenWithEveryLaterHashRecomputedIsFoundAgainstACheckpoint(TestDatabases.Kind kind)
      throws Exception {
    Setting s = new Setting(kind);
    List<JournalEntry> chain = s.ledger.journal(s.w.auditor, s.w.land, 1, 1000).orElseThrow();
    ChainHead anchored = s.checkpoint.head(s.w.land).orElseThrow();
    assertEquals(chain.get(chain.size() - 1).head(), anchored);
    int k = 0; // the first point's identification, an entry before the checkpoint's head
    while (!chain.get(k).payload().contains("审批时收受好处")) {
      k++;
    }
    JournalEntry target = chain.get(k);
    assertTrue(k < chain.size() - 1, "the second point came after it");

    List<JournalEntry> rewritten = new ArrayList<>(chain.subList(0, k));
    Optional<ChainHead> head = Optional.of(rewritten.get(k - 1).head());
    for (JournalEntry e : chain.subList(k, chain.size())) {
      String payload = e == target ? e.payload().replace("审批时收受好处", "审批时严格把关") : e.payload();
      JournalEntry again = JournalChain.next(ChainDigest.SHA_256,
          head, e.unitId(), e.eventType(), e.actorId(), e.at(), payload,
          e.recordId(), e.recordDigest());
      rewritten.add(again);
      head = Optional.of(again.head());
    }
    for (JournalEntry e : rewritten.subList(k, rewritten.size())) {
      s.sql("UPDATE lf_journal SET payload = ?, previous_hash = ?, hash = ? WHERE unit_id = ? AND sequence = ?",
          ps -> {
            ps.setString(1, e.payload());
            ps.setString(2, e.previousHash());
            ps.setString(3, e.hash());
            s.bind(ps, 4, e.unitId());
            ps.setLong(5, e.sequence());
          });
    }
    ChainHead forged = head.orElseThrow();
    s.sql("UPDATE lf_journal_head SET hash = ? WHERE unit_id = ?", ps -> {
      ps.setString(1, forged.hash());
      s.bind(ps, 2, s.w.land);
    });

    assertEquals(new Verification.Intact(chain.size()), s.ledger.verifyJournal(s.w.auditor, s.w.land).orElseThrow(),
        "against its own head the rewritten chain is consistent: the finding");
    Verification v = s.ledger.verifyJournal(s.w.auditor, s.w.land, s.checkpoint, s.keys.getPublic()).orElseThrow();
    assertEquals(anchored.sequence(), ((Verification.Broken) v).sequence(), v.toString());
    assertTrue(((Verification.Broken) v).reasonEn().contains("rewritten"), v.toString());
    assertTrue(((Verification.Broken) v).reasonZh().contains("改写"), v.toString());
    assertTrue(s.ledger.verifyJournal(s.w.auditor, s.w.planning, s.checkpoint, s.keys.getPublic()).orElseThrow()
        .intact(), "a unit left alone still verifies against the same checkpoint");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding3TheTailRemovedAndTheHeadMovedBackIsFoundAgainstACheckpoint(TestDatabases.Kind kind) throws Exception {
    Setting s = new Setting(kind);
    List<JournalEntry> chain = s.ledger.journal(s.w.auditor, s.w.land, 1, 1000).orElseThrow();
    int keep = chain.size() - 2;
    s.sql("DELETE FROM lf_journal WHERE unit_id = ? AND sequence > ?", ps -> {
      s.bind(ps, 1, s.w.land);
      ps.setLong(2, keep);
    });
    s.sql("UPDATE lf_journal_head SET sequence = ?, hash = ? WHERE unit_id = ?", ps -> {
      ps.setLong(1, keep);
      ps.setString(2, chain.get(keep - 1).hash());
      s.bind(ps, 3, s.w.land);
    });

    assertEquals(new Verification.Intact(keep), s.ledger.verifyJournal(s.w.auditor, s.w.land).orElseThrow(),
        "against its own head the shortened chain is consistent: the finding");
    Verification v = s.ledger.verifyJournal(s.w.auditor, s.w.land, s.checkpoint, s.keys.getPublic()).orElseThrow();
    String at = s.checkpoint.at().toString();
    assertEquals(new Verification.Broken(keep + 1, "账本只到第 " + keep + " 条，而 " + at + " 的检查点记到第 "
        + chain.size() + " 条：末尾的记录被删除，链头被移回", "the chain ends at entry " + keep
        + " but the checkpoint of " + at + " reached entry " + chain.size()
        + ": entries were removed at the end and the head moved back"), v);
  }

  /** A world on a fresh database with two identified points in the land bureau and a checkpoint of the city. */
  private static final class Setting {
    final World w;
    final LedgerQueries ledger;
    final KeyPair keys;
    final Checkpoint checkpoint;

    Setting(TestDatabases.Kind kind) throws Exception {
      w = World.in(Stores.fresh(kind));
      ledger = w.lianfang.ledger().queries();
      w.draft(w.aPointOnApprover().described("审批时收受好处").build());
      w.draft(w.aPointOnApprover().described("越权办理").build());
      keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      checkpoint = ledger.checkpoint(w.inspector, w.city, JcaSigner.ed25519(keys.getPrivate(), "市纪委")).orElseThrow();
    }

    void sql(String statement, Binder binder) throws SQLException {
      try (Connection c = ((JdbcStore) w.store).dataSource().getConnection();
          PreparedStatement ps = c.prepareStatement(statement)) {
        binder.bind(ps);
        assertTrue(ps.executeUpdate() > 0, statement);
      }
    }

    void bind(PreparedStatement ps, int i, UnitId unit) throws SQLException {
      if (((JdbcStore) w.store).dialect() == Dialect.MYSQL) {
        ps.setString(i, unit.value().toString());
      } else {
        ps.setObject(i, unit.value());
      }
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }
}
