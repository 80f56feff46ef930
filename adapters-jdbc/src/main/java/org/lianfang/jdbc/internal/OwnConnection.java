package org.lianfang.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.lianfang.StaleAggregateException;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcException;

/**
 * Not API. What {@link JdbcTransactions} does to a connection it took for a transaction of its own, and undoes before
 * closing it: auto-commit off, and for a snapshot read the isolation that keeps one snapshot (per database, put back
 * after); a command's commit, a conflict there made a stale command; then the caches kept to fill once committed.
 */
final class OwnConnection {
  /** No isolation to put back. */
  static final int UNCHANGED = -1;

  private OwnConnection() {}

  /**
   * Begins a snapshot read on a connection in auto-commit mode: on PostgreSQL REPEATABLE READ, READ ONLY, set for the
   * transaction alone by its first statement (no session setting to read and restore: two round trips fewer); on
   * MariaDB and MySQL REPEATABLE READ (InnoDB's consistent read); on H2 SNAPSHOT (H2's REPEATABLE READ lets rows
   * committed meanwhile appear). The last two are set on the connection.
   *
   * @param c the connection
   * @param dialect its database
   * @return the isolation to put back when the read ends ({@link #release}), or {@link #UNCHANGED}
   * @throws SQLException if the database refuses
   */
  static int beginSnapshot(Connection c, Dialect dialect) throws SQLException {
    int restore = UNCHANGED;
    if (dialect == Dialect.H2) {
      restore = c.getTransactionIsolation();
      execute(c, "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
    } else if (dialect == Dialect.MYSQL) {
      int was = c.getTransactionIsolation();
      if (was != Connection.TRANSACTION_REPEATABLE_READ) {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        restore = was;
      }
    }
    c.setAutoCommit(false);
    if (dialect == Dialect.POSTGRESQL) {
      execute(c, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    return restore;
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /**
   * Commits a command's transaction; if the commit fails it is rolled back, and a conflict with another transaction
   * is a stale command to retry.
   *
   * @param c the connection
   */
  static void commit(Connection c) {
    try {
      c.commit();
    } catch (SQLException e) {
      Statements.rollback(c, e);
      if (Statements.isConflict(e)) {
        throw new StaleAggregateException("the command conflicted with another transaction at commit and was "
            + "rolled back; retry it (" + e.getSQLState() + ")", e);
      }
      throw new JdbcException("the commit failed: whether the command's changes were kept is unknown (was the "
          + "connection lost?); read before retrying", e);
    }
  }

  /** Puts the connection's auto-commit (and its isolation, unless {@link #UNCHANGED}) back, and closes it. */
  static void release(Connection c, boolean auto, int isolation) {
    try {
      c.setAutoCommit(auto);
      if (isolation != UNCHANGED) {
        c.setTransactionIsolation(isolation);
      }
    } catch (SQLException ignored) {
      // the connection is being closed anyway; a pool will reset or discard it
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing left to do with it
    }
  }

  /** What was kept to do once committed: a cache, whose failure must not fail what committed. */
  static void runCommitted(List<Runnable> committed) {
    for (Runnable action : committed) {
      try {
        action.run();
      } catch (RuntimeException ignored) {
        // what is kept after a commit is a cache: failing to keep it must not fail a committed command or read
      }
    }
  }
}
