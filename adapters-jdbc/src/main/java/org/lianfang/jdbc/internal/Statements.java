package org.lianfang.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lianfang.Aggregate;
import org.lianfang.StaleAggregateException;
import org.lianfang.jdbc.JdbcException;

/**
 * Not API. Running hand-written SQL the same way in every repository: queries mapped row by row, updates, inserts in
 * batches of {@link #BATCH}, consistent reads of aggregates spread over several tables, and what a database's error
 * means for the caller (a duplicate, a retryable conflict). Every statement is prepared. Stateless and thread-safe.
 */
public final class Statements {
  /** The most rows sent in one batch. */
  public static final int BATCH = 1000;

  private Statements() {}

  /**
   * Work on a connection that may throw SQLException.
   *
   * @param <T> its result
   */
  @FunctionalInterface
  public interface Work<T> {
    /** @param c the connection @return the result @throws SQLException if a statement fails */
    T apply(Connection c) throws SQLException;
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  public interface Binder {
    /** @param ps the statement @throws SQLException if a value cannot be bound */
    void bind(PreparedStatement ps) throws SQLException;
  }

  /**
   * Maps the current row.
   *
   * @param <T> what a row becomes
   */
  @FunctionalInterface
  public interface Row<T> {
    /** @param rs the result set, on the row @return the row's value @throws SQLException if a column is unreadable */
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * Binds one row of a batch.
   *
   * @param <T> what a row is made from
   */
  @FunctionalInterface
  public interface RowBinder<T> {
    /** @param ps the statement @param row the row's source @throws SQLException if a value cannot be bound */
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  /**
   * Loads aggregates whose rows span several tables.
   *
   * @param <T> the aggregate
   */
  @FunctionalInterface
  public interface Loader<T> {
    /** @return the aggregates @throws SQLException if a query fails */
    List<T> load() throws SQLException;
  }

  /**
   * Runs a query and maps every row.
   *
   * @param c the connection
   * @param statement the SQL
   * @param binder binds its parameters
   * @param row maps a row
   * @param <T> what a row becomes
   * @return the rows, in the order the database returned them
   * @throws SQLException if the query fails
   */
  public static <T> List<T> query(Connection c, String statement, Binder binder, Row<T> row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(statement)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.map(rs));
        }
        return out;
      }
    }
  }

  /**
   * @param rows rows
   * @param <T> their type
   * @return the first, if any
   */
  public static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * Runs an insert, update or delete.
   *
   * @param c the connection
   * @param statement the SQL
   * @param binder binds its parameters
   * @return how many rows it changed
   * @throws SQLException if the statement fails
   */
  public static int update(Connection c, String statement, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(statement)) {
      binder.bind(ps);
      return ps.executeUpdate();
    }
  }

  /**
   * The version a row is inserted at: a new aggregate (version 0) becomes version 1, as the update's {@code version =
   * version + 1} would make it; one restored from a ledger or a backup keeps its version.
   *
   * @param version the aggregate's version
   * @return the version to store
   */
  public static long insertedVersion(long version) {
    return Math.max(1L, version);
  }

  /**
   * Inserts rows with one prepared statement, in batches of {@link #BATCH}: no round trip per row.
   *
   * @param c the connection
   * @param statement the insert
   * @param rows the rows; nothing is sent if empty
   * @param binder binds one row
   * @param <T> what a row is made from
   * @throws SQLException if a batch fails
   */
  public static <T> void batch(Connection c, String statement, List<T> rows, RowBinder<T> binder)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(statement)) {
      int pending = 0;
      for (T row : rows) {
        binder.bind(ps, row);
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /**
   * Reads an aggregate spread over several tables consistently, although each statement sees its own snapshot (READ
   * COMMITTED): the versions of the matching main rows are read before and after, and the load is repeated if any
   * changed, so a main row is never paired with the child rows of another version.
   *
   * @param c the connection
   * @param table the main table
   * @param idColumn its id column
   * @param condition which main rows, with the parameters {@code binder} binds
   * @param binder binds the condition's parameters
   * @param loader loads the aggregates once
   * @param <T> the aggregate
   * @return what a load read while no main row changed
   * @throws SQLException if a query fails
   */
  public static <T> List<T> consistently(Connection c, String table, String idColumn, String condition,
      Binder binder, Loader<T> loader) throws SQLException {
    String versions = "SELECT " + idColumn + ", version FROM " + table + " WHERE " + condition;
    for (int attempt = 1; ; attempt++) {
      List<String> before = query(c, versions, binder, rs -> rs.getString(1) + "@" + rs.getLong(2));
      Attempt<T> once = attempt(loader);
      List<T> loaded = once.loaded();
      RuntimeException invalid = once.invalid();
      List<String> after = query(c, versions, binder, rs -> rs.getString(1) + "@" + rs.getLong(2));
      if (new HashSet<>(before).equals(new HashSet<>(after))) {
        if (invalid != null) {
          throw new JdbcException("the rows of " + table + " do not form a valid record", invalid);
        }
        return loaded;
      }
      if (attempt == 10) {
        throw new StaleAggregateException(table + " rows kept changing while being read", 0);
      }
    }
  }

  /** One load: what it read, or why its rows did not form records (rows of two versions may not: decided after). */
  private record Attempt<T>(List<T> loaded, RuntimeException invalid) {}

  private static <T> Attempt<T> attempt(Loader<T> loader) throws SQLException {
    try {
      return new Attempt<>(loader.load(), null);
    } catch (IllegalArgumentException | NullPointerException e) {
      return new Attempt<>(null, e);
    }
  }

  /**
   * As {@link #consistently}, for a loader that reads the main rows, with their versions, before any child row: the
   * versions are read once, after the load, and the load is repeated if they are not those of the rows it read (a row
   * changed, came or went). The main rows say which versions the load began with, so the read before is saved: one
   * round trip per call (issue 11). A loader that read a child table first could pair an old child row with a newer
   * main row and pass; it must use {@link #consistently}.
   *
   * @param c the connection
   * @param table the main table
   * @param idColumn its id column
   * @param condition which main rows, with the parameters {@code binder} binds
   * @param binder binds the condition's parameters
   * @param loader loads the aggregates once, main rows first
   * @param <T> the aggregate
   * @return what a load read while no main row changed
   * @throws SQLException if a query fails
   */
  public static <T extends Aggregate<?>> List<T> consistentlyMainRowsFirst(Connection c, String table,
      String idColumn, String condition, Binder binder, Loader<T> loader) throws SQLException {
    String versions = "SELECT " + idColumn + ", version FROM " + table + " WHERE " + condition;
    Set<String> previous = null;
    for (int attempt = 1; ; attempt++) {
      Attempt<T> once = attempt(loader);
      List<T> loaded = once.loaded();
      RuntimeException invalid = once.invalid();
      Set<String> after = new HashSet<>(query(c, versions, binder,
          rs -> UUID.fromString(rs.getString(1)) + "@" + rs.getLong(2)));
      if (invalid == null) {
        Set<String> read = new HashSet<>();
        loaded.forEach(a -> read.add(a.id().value() + "@" + a.version()));
        if (read.equals(after)) {
          return loaded;
        }
      } else if (after.equals(previous)) {
        // no main row changed since the last attempt, and still the rows do not form a valid record
        throw new JdbcException("the rows of " + table + " do not form a valid record", invalid);
      }
      previous = after;
      if (attempt == 10) {
        throw new StaleAggregateException(table + " rows kept changing while being read", 0);
      }
    }
  }

  /**
   * Whether the exception says a unique or primary key was violated: SQL state 23505 (PostgreSQL, H2), or MySQL's
   * error 1062 / 1586 (duplicate entry). Other integrity errors (a CHECK, NOT NULL) are not duplicates: they are bugs
   * or bad data, and retrying cannot help.
   *
   * @param e the database's error
   * @return whether it is a duplicate key
   */
  public static boolean isDuplicate(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && ("23505".equals(s.getSQLState())
          || s.getErrorCode() == 1062 || s.getErrorCode() == 1586)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the database gave up on the transaction because of another one (SQL state class 40: serialization
   * failure, deadlock): the command may be retried.
   *
   * @param e the database's error
   * @return whether it is a retryable conflict
   */
  public static boolean isConflict(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && ((s.getSQLState() != null && s.getSQLState().startsWith("40"))
          || s.getErrorCode() == 1205 // MySQL/MariaDB lock wait timeout
          || s.getErrorCode() == 50200)) { // H2 lock timeout
        return true;
      }
    }
    return false;
  }

  /**
   * A database's error as a cause that may reach a log (issue 10, finding 6): a data or integrity error (SQL state
   * class 22 or 23) names the values it refused — an over-long text, a duplicate key's columns — which may be a sealed
   * identity (P-11), so its message is withheld; its class name, SQL state, vendor code and stack trace stay, and so
   * does every other error as it was (a lost connection says nothing of the records).
   *
   * @param cause the database's error, or anything else
   * @return the error to keep as a cause
   */
  public static Throwable withheld(Throwable cause) {
    if (!(cause instanceof SQLException e) || !aboutValues(e)) {
      return cause;
    }
    SQLException kept = new SQLException(e.getClass().getName() + ": the driver's message is withheld, as it may carry "
        + "the values refused (SQL state " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")",
        e.getSQLState(), e.getErrorCode());
    kept.setStackTrace(e.getStackTrace());
    return kept;
  }

  /**
   * Whether an error, or one it wraps, is about values: SQL state class 22 (data) or 23 (integrity), or MySQL's
   * incorrect string and date values (1366, 1292), which MySQL reports as {@code HY000}.
   */
  private static boolean aboutValues(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && ((s.getSQLState() != null
          && (s.getSQLState().startsWith("22") || s.getSQLState().startsWith("23")))
          || s.getErrorCode() == 1366 || s.getErrorCode() == 1292)) {
        return true;
      }
    }
    return false;
  }

  /** A duplicate key or a conflict with another transaction is retryable; anything else is a JdbcException. */
  public static RuntimeException translate(String what, SQLException e) {
    if (Statements.isDuplicate(e)) {
      return new StaleAggregateException(what + ": a record with that id or code already exists", withheld(e));
    }
    if (Statements.isConflict(e)) {
      return new StaleAggregateException(what + ": conflicted with another transaction (" + e.getSQLState()
          + "); retry the command", e);
    }
    return new JdbcException("could not " + what, e);
  }

  /** Rolls the connection's transaction back; a failure to do so is kept with {@code cause}, which stands. */
  public static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }
}
