package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.LianfangException;
import org.lianfang.application.Lianfang;
import org.lianfang.application.ledger.LedgerQueries;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.testing.Sm3Archives;
import org.lianfang.testing.World;

/**
 * 国密 on every database (issue 10): the archive records its digest in {@code lf_archive} (V010), SHA-256 until the
 * host chooses another while the journal is empty; a store opened later uses the recorded one, or says which provider
 * it lacks; once entries exist the digest cannot change.
 */
class ArchiveDigestOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anArchiveKeepsTheDigestChosenWhileItWasEmpty(TestDatabases.Kind kind) throws Exception {
    JdbcStore store = Stores.fresh(kind);
    DataSource ds = store.dataSource();
    assertEquals(ChainDigest.SHA_256, store.journal().digest(), "SHA-256 unless chosen");
    assertEquals("SHA-256", recorded(ds));

    JdbcStore earlySha256 = JdbcStore.of(ds).withDigest(ChainDigest.SHA_256); // chosen while empty: no change
    JdbcStore sm3 = store.withDigest(Sm3Archives.SM3);
    assertEquals("SM3", recorded(ds));
    LianfangException outvoted = assertThrows(LianfangException.class, () -> earlySha256.journal().digest());
    assertTrue(outvoted.getMessage().contains("SM3") && outvoted.getMessage().contains("SHA-256"),
        "a store that chose another digest refuses to work rather than hash with it: " + outvoted.getMessage());
    assertThrows(LianfangException.class, () -> store.journal().digest(),
        "a store that read SHA-256 while the journal was empty follows the record (and has no SM3 provider)");
    LianfangException unresolved = assertThrows(LianfangException.class, () -> JdbcStore.of(ds).journal().digest());
    assertTrue(unresolved.getMessage().contains("SM3") && unresolved.getMessage().contains("withDigest"),
        unresolved.getMessage());

    World w = World.in(sm3);
    Sm3Archives.commandsHashWithSm3(w);
    LianfangException changed = assertThrows(LianfangException.class, () -> sm3.withDigest(ChainDigest.SHA_256));
    assertTrue(changed.getMessage().contains("SM3") && changed.getMessage().contains("SHA-256"), changed.getMessage());
    assertEquals("SM3", recorded(ds), "unchanged");

    LedgerQueries later = Lianfang.builder(JdbcStore.of(ds).withDigest(Sm3Archives.SM3)).build().ledger().queries();
    assertTrue(later.verifyJournal(w.auditor, w.land).orElseThrow().intact(), "a store opened later verifies it");
    assertTrue(later.verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void checkpointsOfAnSm3ArchiveAreSm3TreesSignedWithSm2(TestDatabases.Kind kind) throws Exception {
    Sm3Archives.checkpointsAreSm3TreesSignedWithSm2(World.in(Stores.fresh(kind).withDigest(Sm3Archives.SM3)));
  }

  private static String recorded(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT setting_value FROM lf_archive WHERE setting = 'digest'")) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }
}
