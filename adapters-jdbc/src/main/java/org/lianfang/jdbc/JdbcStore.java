package org.lianfang.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.lianfang.StaleAggregateException;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Officials;
import org.lianfang.spi.Posts;
import org.lianfang.spi.PowerItems;
import org.lianfang.spi.Processes;
import org.lianfang.spi.RiskPoints;
import org.lianfang.spi.Store;
import org.lianfang.spi.Tenures;
import org.lianfang.spi.Transactions;
import org.lianfang.spi.Units;

/**
 * Every persistence port over a {@link DataSource} the host supplies, with plain JDBC (ARCHITECTURE.md decisions 2–4).
 * One transaction per command: {@link #transactions()} takes a connection, turns auto-commit off, and commits when the
 * command returns or rolls back when it throws; a nested call is a savepoint. Writes guard against lost updates with
 * the {@code version} column. Every {@link java.sql.SQLException} is wrapped in a {@link JdbcException} that keeps it.
 * Thread-safe: each thread's transaction has its own connection.
 */
public final class JdbcStore implements Store, AutoCloseable {
  private final DataSource dataSource;
  private final boolean joinsHost;
  private final boolean embeddedFiles;
  private final Sql sql;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final Transactions transactions = this::inTransaction;
  private final Units units;
  private final Posts posts;
  private final Officials officials;
  private final Tenures tenures;
  private final PowerItems powerItems;
  private final Processes processes;
  private final RiskPoints riskPoints;
  private final Journal journal;

  private JdbcStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    this(dataSource, dialect, joinsHost, false);
  }

  private JdbcStore(DataSource dataSource, Dialect dialect, boolean joinsHost, boolean embeddedFiles) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.joinsHost = joinsHost;
    this.embeddedFiles = embeddedFiles;
    this.sql = new Sql(Objects.requireNonNull(dialect, "dialect"));
    this.units = new JdbcUnits(this);
    this.posts = new JdbcPosts(this);
    this.officials = new JdbcOfficials(this);
    this.tenures = new JdbcTenures(this);
    this.powerItems = new JdbcPowerItems(this);
    this.processes = new JdbcProcesses(this);
    this.riskPoints = new JdbcRiskPoints(this);
    this.journal = new JdbcJournal(this);
  }

  /**
   * A store over the host's database, its dialect detected from a connection. The schema must be installed
   * ({@link JdbcSchema#install}).
   *
   * @param dataSource the database
   * @return the store
   */
  public static JdbcStore of(DataSource dataSource) {
    return new JdbcStore(dataSource, detect(dataSource), false);
  }

  private static Dialect detect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.detect(c);
    } catch (SQLException e) {
      throw new JdbcException("could not connect to detect the database's dialect", e);
    }
  }

  /**
   * A store that works inside the host's own transactions. {@code transactionAware} must hand each thread the
   * connection of the transaction it is in (Spring's {@code TransactionAwareDataSourceProxy} does; so does a pool
   * bound to the thread by the host's transaction manager), and accept {@code close()} on it without ending the
   * transaction. Lianfang then never commits, rolls back or changes auto-commit: each command runs as a savepoint in
   * the host's transaction, so a command that fails undoes its own writes and nothing of the host's, and what
   * commands write commits or rolls back with the host's work. A command issued outside a host transaction (the
   * connection is in auto-commit) is refused with a {@link JdbcException}.
   *
   * @param transactionAware the host's transaction-aware data source
   * @return the store
   */
  public static JdbcStore joining(DataSource transactionAware) {
    return new JdbcStore(transactionAware, detect(transactionAware), true);
  }

  /**
   * @param transactionAware the host's transaction-aware data source
   * @param dialect its dialect
   * @return a store that works inside the host's transactions ({@link #joining(DataSource)})
   */
  public static JdbcStore joining(DataSource transactionAware, Dialect dialect) {
    return new JdbcStore(transactionAware, dialect, true);
  }

  /**
   * @param dataSource the database
   * @param dialect its dialect, for a compatible database that names itself otherwise
   * @return the store
   */
  public static JdbcStore of(DataSource dataSource, Dialect dialect) {
    return new JdbcStore(dataSource, dialect, false);
  }

  /**
   * The embedded default: an H2 database in files under {@code directory} (created if missing), with the schema
   * installed, durable on every commit ({@code WRITE_DELAY=0}: H2 otherwise delays commits by up to half a second).
   * The database stays open between commands ({@code DB_CLOSE_DELAY=-1}) until {@link #close()}, which shuts it down
   * and compacts its file. Lock waits time out after 10 s as a retryable conflict. Needs {@code com.h2database:h2} on
   * the class path.
   *
   * @param directory where the database files live
   * @return the store; close it when done
   */
  public static JdbcStore embedded(Path directory) {
    DataSource ds = new UrlDataSource("jdbc:h2:file:" + directory.toAbsolutePath().resolve("lianfang")
        + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    JdbcSchema.install(ds, Dialect.H2);
    return new JdbcStore(ds, Dialect.H2, false, true);
  }

  /**
   * Shuts the embedded database down and compacts its file ({@code SHUTDOWN COMPACT}); a store over the host's
   * {@code DataSource} has nothing to close (the host owns its pool). Idempotent for the embedded store's files:
   * opening them again with {@link #embedded} starts a new instance.
   */
  @Override
  public void close() {
    if (!embeddedFiles) {
      return;
    }
    try (Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new JdbcException("could not shut the embedded database down", e);
    }
  }

  /** @return the bulk path for loading many records at once ({@link JdbcBulkLoader}) */
  public JdbcBulkLoader bulk() {
    return new JdbcBulkLoader(this);
  }

  /**
   * The database this store works on: the host's own {@code DataSource} for {@link #of} and {@link #joining}, or the
   * embedded H2 database for {@link #embedded}, so a host can run its own SQL against it (ARCHITECTURE.md, "The
   * hexagon": Lianfang keeps the records, the host keeps the database).
   *
   * <p>What a host may do through it: read the {@code lf_} tables for its own reports (reading never disturbs a
   * command; each statement sees only committed commands, each whole); back the database up while the store keeps
   * working — on H2 {@code BACKUP TO 'file.zip'} (a copy of the database file) or {@code SCRIPT TO 'file.sql'} (SQL
   * that rebuilds it, restored with {@code RUNSCRIPT FROM}); keep tables of its own beside Lianfang's, under names that
   * do not start with {@code lf_}.
   *
   * <p>What it must not do: insert, update or delete rows of {@code lf_} tables, or change their structure. Such writes
   * go around the access policy, the domain's rules and optimistic locking, and leave the records disagreeing with the
   * journal that vouches for them; a write to the journal's own tables breaks its hash chain, which
   * {@code verifyJournal} then reports (ARCHITECTURE.md decision 3). Restoring a backup is a whole-database act, done
   * while no store is open on it. On the embedded store it must not run {@code SHUTDOWN} either ({@link #close()} does
   * that); it closes each connection it takes, and holds no lock for long, since commands wait at most 10 s for one.
   *
   * @return the data source; never null
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /** @return the dialect in use */
  public Dialect dialect() {
    return sql.dialect();
  }

  Sql sql() {
    return sql;
  }

  @Override
  public Units units() {
    return units;
  }

  @Override
  public Posts posts() {
    return posts;
  }

  @Override
  public Officials officials() {
    return officials;
  }

  @Override
  public Tenures tenures() {
    return tenures;
  }

  @Override
  public PowerItems powerItems() {
    return powerItems;
  }

  @Override
  public Processes processes() {
    return processes;
  }

  @Override
  public RiskPoints riskPoints() {
    return riskPoints;
  }

  @Override
  public Journal journal() {
    return journal;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  private <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Connection outer = current.get();
    if (outer != null) {
      return nested(outer, work);
    }
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw new JdbcException("could not get a connection for the command", e);
    }
    if (joinsHost) {
      return inHostTransaction(c, work);
    }
    boolean auto = true;
    try {
      auto = c.getAutoCommit();
      c.setAutoCommit(false);
      current.set(c);
      T result = work.get();
      try {
        c.commit();
      } catch (SQLException e) {
        rollback(c, e);
        if (Sql.isConflict(e)) {
          throw new StaleAggregateException("the command conflicted with another transaction at commit and was "
              + "rolled back; retry it (" + e.getSQLState() + ")", e);
        }
        throw new JdbcException("the commit failed: whether the command's changes were kept is unknown (was the "
            + "connection lost?); read before retrying", e);
      }
      return result;
    } catch (SQLException e) {
      rollback(c, e);
      throw new JdbcException("the command's transaction could not start", e);
    } catch (Throwable e) {
      rollback(c, e);
      throw e;
    } finally {
      current.remove();
      try {
        c.setAutoCommit(auto);
      } catch (SQLException ignored) {
        // the connection is being closed anyway; a pool will reset or discard it
      }
      try {
        c.close();
      } catch (SQLException ignored) {
        // nothing left to do with it
      }
    }
  }

  private <T> T inHostTransaction(Connection c, Supplier<T> work) {
    try {
      if (c.getAutoCommit()) {
        throw new JdbcException("this store joins the host's transactions, but the connection is in auto-commit: "
            + "begin a transaction before calling Lianfang");
      }
      current.set(c);
      return nested(c, work);
    } catch (SQLException e) {
      throw new JdbcException("could not read the host connection's transaction state", e);
    } finally {
      current.remove();
      try {
        c.close();
      } catch (SQLException ignored) {
        // a transaction-aware data source keeps the connection for the host's transaction
      }
    }
  }

  private <T> T nested(Connection c, Supplier<T> work) {
    Savepoint sp;
    try {
      sp = c.setSavepoint();
    } catch (SQLException e) {
      throw new JdbcException("could not set a savepoint for a nested transaction", e);
    }
    try {
      T result = work.get();
      try {
        c.releaseSavepoint(sp);
      } catch (SQLException ignored) {
        // some drivers do not release savepoints; it ends with the transaction
      }
      return result;
    } catch (Throwable e) {
      try {
        c.rollback(sp);
      } catch (SQLException r) {
        if (!joinsHost) {
          // our own transaction: the database ended it (a deadlock, a lost connection); it is rolled back whole
          // and the original failure (a retryable conflict, say) stands
          e.addSuppressed(r);
          throw e;
        }
        JdbcException lost = new JdbcException("rolling back to a savepoint failed: the database has ended the "
            + "host's whole transaction (a deadlock, a lost connection), so its earlier writes are gone too; roll it "
            + "back and start again", r);
        lost.addSuppressed(e);
        throw lost;
      }
      throw e;
    }
  }

  private static void rollback(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }

  /** Work on a connection that may throw SQLException. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Maps the current row. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Reads on the transaction's connection, or on a connection of their own outside one. */
  <T> T read(String what, Work<T> work) {
    Connection c = current.get();
    try {
      if (c != null) {
        return work.apply(c);
      }
      try (Connection own = dataSource.getConnection()) {
        return work.apply(own);
      }
    } catch (SQLException e) {
      throw translate(what, e);
    }
  }

  /**
   * Writes on the command's connection as a savepoint, or in a transaction of their own outside one: a write of
   * several rows is never partial, and after a write fails the transaction is still usable (on PostgreSQL too), so a
   * caller that catches the failure commits nothing of it.
   */
  void write(String what, Work<Void> work) {
    Connection c = current.get();
    if (c != null) {
      nested(c, () -> {
        run(what, c, work);
        return null;
      });
    } else {
      inTransaction(() -> {
        run(what, current.get(), work);
        return null;
      });
    }
  }

  private static void run(String what, Connection c, Work<Void> work) {
    try {
      work.apply(c);
    } catch (SQLException e) {
      throw translate(what, e);
    }
  }

  /** A duplicate key or a conflict with another transaction is retryable; anything else is a JdbcException. */
  private static RuntimeException translate(String what, SQLException e) {
    if (Sql.isDuplicate(e)) {
      return new StaleAggregateException(what + ": a record with that id or code already exists", e);
    }
    if (Sql.isConflict(e)) {
      return new StaleAggregateException(what + ": conflicted with another transaction (" + e.getSQLState()
          + "); retry the command", e);
    }
    return new JdbcException("could not " + what, e);
  }

  /** @return whether the calling thread is inside a transaction of this store */
  boolean inTransaction() {
    return current.get() != null;
  }

  /** Loads aggregates whose rows span several tables. */
  @FunctionalInterface
  interface Loader<T> {
    List<T> load() throws SQLException;
  }

  /**
   * Reads an aggregate spread over several tables consistently, although each statement sees its own snapshot (READ
   * COMMITTED): the versions of the matching main rows are read before and after, and the load is repeated if any
   * changed, so a main row is never paired with the child rows of another version.
   */
  <T> List<T> consistently(Connection c, String table, String idColumn, String condition, Binder binder,
      Loader<T> loader) throws SQLException {
    String versions = "SELECT " + idColumn + ", version FROM " + table + " WHERE " + condition;
    for (int attempt = 1; ; attempt++) {
      List<String> before = query(c, versions, binder, rs -> rs.getString(1) + "@" + rs.getLong(2));
      List<T> loaded = null;
      RuntimeException invalid = null;
      try {
        loaded = loader.load();
      } catch (IllegalArgumentException | NullPointerException e) {
        invalid = e; // rows of two versions may not form a valid aggregate: decided below
      }
      List<String> after = query(c, versions, binder, rs -> rs.getString(1) + "@" + rs.getLong(2));
      if (new java.util.HashSet<>(before).equals(new java.util.HashSet<>(after))) {
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

  static <T> List<T> query(Connection c, String statement, Binder binder, Row<T> row) throws SQLException {
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

  static <T> Optional<T> first(List<T> rows) {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Binds one row of a batch. */
  @FunctionalInterface
  interface RowBinder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  /** The most rows sent in one batch. */
  static final int BATCH = 1000;

  /**
   * The version a row is inserted at: a new aggregate (version 0) becomes version 1, as the update's {@code version =
   * version + 1} would make it; one restored from a ledger or a backup keeps its version.
   */
  static long insertedVersion(long version) {
    return Math.max(1L, version);
  }

  /** Inserts rows with one prepared statement, in batches of {@link #BATCH}: no round trip per row. */
  static <T> void batch(Connection c, String statement, List<T> rows, RowBinder<T> binder) throws SQLException {
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

  static int update(Connection c, String statement, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(statement)) {
      binder.bind(ps);
      return ps.executeUpdate();
    }
  }
}
