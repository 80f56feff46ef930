package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.LianfangException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Store;
import org.lianfang.testing.World;

/**
 * A connection killed by the database in the middle of a command (after the risk point is inserted, before its
 * journal entry) leaves nothing partial, and the next command works.
 */
class ConnectionFaultTest {
  /** Hands out the database's connections and remembers the calling thread's last one. */
  static final class Recording extends ForwardingDataSource {
    final ThreadLocal<Connection> last = new ThreadLocal<>();

    Recording(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = target.getConnection();
      last.set(c);
      return c;
    }
  }

  /**
   * The real store, but the journal's next append first has the database kill the command's connection. A proxy
   * passes every other port through, so the stores a later stage adds need no change here.
   */
  static final class KillBeforeJournal {
    final Store store;
    volatile boolean armed;

    KillBeforeJournal(JdbcStore real, Runnable kill) {
      Journal journal = real.journal();
      Journal killing = new Journal() {
        @Override
        public ChainDigest digest() {
          return journal.digest();
        }

        @Override
        public Optional<ChainHead> head(UnitId unit) {
          return journal.head(unit);
        }

        @Override
        public void append(JournalEntry entry) {
          if (armed) {
            armed = false;
            kill.run();
          }
          journal.append(entry);
        }

        @Override
        public List<JournalEntry> read(UnitId unit, long fromSequence, int limit) {
          return journal.read(unit, fromSequence, limit);
        }
      };
      this.store = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
          (proxy, method, args) -> {
            if (method.getName().equals("journal")) {
              return killing;
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @ParameterizedTest
  @EnumSource(value = TestDatabases.Kind.class, names = {"POSTGRESQL", "MARIADB"})
  void aKilledConnectionLeavesNothingPartialAndTheNextCommandWorks(TestDatabases.Kind kind) throws Exception {
    DataSource raw = TestDatabases.fresh(kind);
    JdbcSchema.install(raw);
    Recording recording = new Recording(raw);
    JdbcStore jdbc = JdbcStore.of(recording);
    boolean postgres = kind == TestDatabases.Kind.POSTGRESQL;
    KillBeforeJournal store = new KillBeforeJournal(jdbc, () -> {
      try (Connection other = raw.getConnection(); Statement st = other.createStatement()) {
        long victim = single(recording.last.get(), postgres ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()");
        st.execute(postgres ? "SELECT pg_terminate_backend(" + victim + ")" : "KILL " + victim);
      } catch (SQLException e) {
        throw new IllegalStateException("could not kill the command's connection", e);
      }
    });
    World w = World.in(store.store);
    int pointsBefore = w.lianfang.risks().queries().riskPoints(w.auditor, w.land).size();
    int entriesBefore = w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 100_000).orElseThrow().size();

    store.armed = true;
    LianfangException failure = assertThrows(LianfangException.class,
        () -> w.lianfang.risks().identify(w.landLeader, w.aPointOnApprover().described("连接中断时的风险点").build()));
    assertTrue(failure instanceof JdbcException || failure.getCause() instanceof SQLException,
        "the failure says what failed and keeps the database's error: " + failure);

    assertEquals(pointsBefore, w.lianfang.risks().queries().riskPoints(w.auditor, w.land).size(),
        "no partial risk point");
    assertEquals(entriesBefore,
        w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 100_000).orElseThrow().size());
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    w.draft(w.aPointOnApprover().described("恢复后的风险点").build());
    assertEquals(pointsBefore + 1, w.lianfang.risks().queries().riskPoints(w.auditor, w.land).size(),
        "the next one works");
  }
}
