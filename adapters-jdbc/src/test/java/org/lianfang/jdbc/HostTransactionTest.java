package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.PostProfile;
import org.lianfang.testing.World;

/**
 * Joining a host's own transaction, as a host does with a transaction-aware DataSource (Spring's
 * TransactionAwareDataSourceProxy): Lianfang's writes commit and roll back with the host's, and a failing command
 * undoes only itself.
 */
class HostTransactionTest {
  /** What a host's transaction manager does: binds one connection to the thread for the length of a transaction. */
  static final class ThreadBound extends ForwardingDataSource {
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    ThreadBound(DataSource target) {
      super(target);
    }

    Connection begin() throws SQLException {
      Connection c = target.getConnection();
      c.setAutoCommit(false);
      bound.set(c);
      return c;
    }

    void end(boolean commit) throws SQLException {
      Connection c = bound.get();
      bound.remove();
      if (commit) {
        c.commit();
      } else {
        c.rollback();
      }
      c.close();
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = bound.get();
      if (c == null) {
        return target.getConnection();
      }
      // like Spring's proxy: close() leaves the transaction's connection open
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(c, args));
    }
  }

  private static int count(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void hostWrites(Connection c, String what) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO host_audit (what) VALUES (?)")) {
      ps.setString(1, what);
      ps.executeUpdate();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void lianfangsWritesCommitAndRollBackWithTheHosts(TestDatabases.Kind kind) throws Exception {
    DataSource raw = TestDatabases.fresh(kind);
    JdbcSchema.install(raw);
    try (Connection c = raw.getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("CREATE TABLE host_audit (what VARCHAR(200) NOT NULL)");
    }
    ThreadBound host = new ThreadBound(raw);
    // The world's whole set-up runs in one host transaction, each command a savepoint in it.
    host.begin();
    World w = World.in(JdbcStore.joining(host));
    host.end(true);
    int posts = count(raw, "lf_post");
    int entries = count(raw, "lf_journal");

    Connection tx = host.begin();
    hostWrites(tx, "主机业务写入");
    w.lianfang.organization().registerPost(w.landLeader, new RegisterPost(w.land, "GT-88", "新岗位",
        PostProfile.ordinary())).orElseThrow();
    host.end(false);
    assertEquals(0, count(raw, "host_audit"), "the host rolled back");
    assertEquals(posts, count(raw, "lf_post"), "Lianfang's write rolled back with it");
    assertEquals(entries, count(raw, "lf_journal"), "and so did its journal entry");

    tx = host.begin();
    hostWrites(tx, "主机业务写入");
    w.lianfang.organization().registerPost(w.landLeader, new RegisterPost(w.land, "GT-88", "新岗位",
        PostProfile.ordinary())).orElseThrow();
    assertThrows(org.lianfang.RefusedException.class, () -> w.lianfang.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, "GT-88", "重复编码", PostProfile.ordinary())).orElseThrow());
    host.end(true);
    assertEquals(1, count(raw, "host_audit"), "the host's write committed");
    assertEquals(posts + 1, count(raw, "lf_post"),
        "the accepted command committed with it, the refused one left nothing");
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabases.Kind.class, names = "H2")
  void aJoiningStoreRefusesToWorkOutsideAHostTransaction(TestDatabases.Kind kind) {
    DataSource raw = TestDatabases.fresh(kind);
    JdbcSchema.install(raw);
    JdbcStore store = JdbcStore.joining(new ThreadBound(raw));
    JdbcException e = assertThrows(JdbcException.class, () -> store.transactions().inTransaction(() -> null));
    assertTrue(e.getMessage().contains("auto-commit"), e.getMessage());
  }

  /** The host's transaction is bound to its thread: no work of an import goes to a thread of Lianfang's own. */
  @ParameterizedTest
  @EnumSource(value = TestDatabases.Kind.class, names = "H2")
  void aJoiningStoreNeverLetsAnotherThreadCommitApart(TestDatabases.Kind kind) {
    DataSource raw = TestDatabases.fresh(kind);
    JdbcSchema.install(raw);
    assertFalse(JdbcStore.joining(new ThreadBound(raw)).transactions().mayCommitOnAnotherThread());
    assertTrue(JdbcStore.of(raw).transactions().mayCommitOnAnotherThread(), "a store of its own transactions");
  }
}
