package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.lianfang.Aggregate;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Deferred;
import org.lianfang.jdbc.internal.JdbcTransactions;
import org.lianfang.jdbc.internal.Statements;

/**
 * What every area of {@link JdbcStore} shares and its repositories work through: the data source, the dialect's SQL,
 * the transactions, and the bulk inserters by the class they insert.
 *
 * <p>The store is a chain of classes, one per area in the order areas depend on each other (DOMAIN.md): this core,
 * then {@link JdbcOrganizationStore}, {@link JdbcProcessStore}, {@link JdbcRiskStore}, {@link JdbcControlStore},
 * {@link JdbcMonitoringStore}, {@link JdbcChecksStore}, {@link JdbcEvaluationStore}, {@link JdbcCycleStore}, and
 * {@link JdbcStore} last.
 * Each area class creates its own repositories and registers their bulk inserts, so a kind added to an area edits
 * that area's class only; a new stage adds one class to the chain. This core is built first, so a repository made by
 * an area class finds the SQL and the transactions ready (docs/decisions.md, "Stores built by area").
 */
abstract class JdbcStoreCore {
  final DataSource dataSource;
  private final Sql sql;
  private final JdbcTransactions transactions;
  private final Map<Class<?>, BulkInsert<?>> bulkInserts = new HashMap<>();
  private final RecordUnits records = new RecordUnits(this);

  JdbcStoreCore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.sql = new Sql(Objects.requireNonNull(dialect, "dialect"));
    this.transactions = new JdbcTransactions(dataSource, joinsHost, dialect);
  }

  /** @return the dialect in use */
  public Dialect dialect() {
    return sql.dialect();
  }

  final Sql sql() {
    return sql;
  }

  /** @param c a connection of this store's @return whether statements go through ShardingSphere-JDBC */
  final boolean throughShardingSphere(java.sql.Connection c) {
    return transactions.route().throughShardingSphere(c);
  }

  /**
   * How a claim (the tick's deadlines, the outbox's ready rows) locks what it reads: {@code FOR UPDATE SKIP LOCKED}, so
   * claimants racing take different rows; through ShardingSphere, whose PostgreSQL grammar lacks {@code SKIP LOCKED},
   * {@code FOR UPDATE}: a claimant waits for another's transaction to end, then takes what it left.
   *
   * @param c a connection of this store's
   * @return the clause, after a space
   */
  final String lockSkippingLocked(java.sql.Connection c) {
    return throughShardingSphere(c) ? " FOR UPDATE" : " FOR UPDATE SKIP LOCKED";
  }

  /** @return whether statements go through ShardingSphere-JDBC: a connection asked the first time, then remembered */
  final boolean throughShardingSphere() {
    return transactions.route().known().orElseGet(() -> read("find how statements reach the database",
        this::throughShardingSphere));
  }

  /** @return the units of the records this store has written or read, for reads by id through ShardingSphere */
  final RecordUnits records() {
    return records;
  }

  final JdbcTransactions jdbcTransactions() {
    return transactions;
  }

  /** Reads on the command's connection, or on one of their own outside a command ({@link JdbcTransactions#read}). */
  final <T> T read(String what, Statements.Work<T> work) {
    return transactions.read(what, work);
  }

  /** Writes in the command's transaction, or in a transaction of their own ({@link JdbcTransactions#write}). */
  final void write(String what, Statements.Work<Void> work) {
    transactions.write(what, work);
  }

  /** @return what repositories remember until the command's transaction ends ({@link JdbcTransactions#remembered}) */
  final Map<Object, Object> remembered() {
    return transactions.remembered();
  }

  /** Reads only {@code tables}, leaving writes held back for others held ({@link JdbcTransactions#readOnly}). */
  final <T> T readOnly(String what, Set<String> tables, Statements.Work<T> work) {
    return transactions.readOnly(what, tables, work);
  }

  /** Runs a write now or holds it back to send with others ({@link JdbcTransactions#defer}). */
  final void defer(Deferred write) {
    transactions.defer(write);
  }

  /** @param action what to run once the current transaction commits ({@link JdbcTransactions#afterCommit}) */
  final void afterCommit(Runnable action) {
    transactions.afterCommit(action);
  }

  /** @return whether the calling thread's transaction holds writes back to send together ({@link #defer}) */
  final boolean holdsWrites() {
    return transactions.holdsWrites();
  }

  /** @return whether the calling thread is inside a transaction of this store */
  final boolean inTransaction() {
    return transactions.active();
  }

  /** @return whether the calling thread reads in a snapshot ({@link JdbcTransactions#inSnapshot}): one state whole */
  final boolean inSnapshot() {
    return transactions.inSnapshot();
  }

  /**
   * Reads records kept in several tables whole: in a snapshot every statement sees one state, so the load runs once
   * (rows that do not form a record are damaged, not changing); otherwise {@link Statements#consistently} checks the
   * main rows' versions before and after it. A subtree's report read in a snapshot saves two round trips a kind and
   * chunk (issue 13, eval-bench).
   *
   * @param c the connection
   * @param table the main table
   * @param idColumn its id column
   * @param condition which main rows, with the parameters {@code binder} binds
   * @param binder binds the condition's parameters
   * @param loader loads the records once
   * @param <T> the record
   * @return what a load read in one state
   * @throws SQLException if a query fails
   */
  final <T> List<T> consistently(Connection c, String table, String idColumn, String condition,
      Statements.Binder binder, Statements.Loader<T> loader) throws SQLException {
    return inSnapshot() ? once(table, loader) : Statements.consistently(c, table, idColumn, condition, binder, loader);
  }

  /**
   * {@link #consistently} for a loader that reads the main rows before any child row ({@link
   * Statements#consistentlyMainRowsFirst} outside a snapshot: the versions checked after the load only).
   *
   * @param c the connection
   * @param table the main table
   * @param idColumn its id column
   * @param condition which main rows, with the parameters {@code binder} binds
   * @param binder binds the condition's parameters
   * @param loader loads the aggregates once, main rows first
   * @param <T> the aggregate
   * @return what a load read in one state
   * @throws SQLException if a query fails
   */
  final <T extends Aggregate<?>> List<T> consistentlyMainRowsFirst(Connection c, String table, String idColumn,
      String condition, Statements.Binder binder, Statements.Loader<T> loader) throws SQLException {
    return inSnapshot() ? once(table, loader)
        : Statements.consistentlyMainRowsFirst(c, table, idColumn, condition, binder, loader);
  }

  /**
   * @param unit a unit
   * @return whether the calling thread's transaction holds the unit's chain locked ({@link JdbcJournal.LockedHead}):
   *     every command that changes a record of the unit appends to its chain, locking its head before it commits, so
   *     none commits until this transaction ends, and a load of the unit's records reads them whole without checking
   *     their versions again ({@link #once}). A host that writes a unit's records through the ports outside a command
   *     takes no such lock: a load it tears in such a transaction shows as damaged rows, not as a record read again
   */
  final boolean holdsChain(UnitId unit) {
    return inTransaction() && remembered().containsKey(new JdbcJournal.LockedHead(unit));
  }

  /**
   * Loads once, where nothing can change while the rows are read (in a snapshot, or in a unit whose chain is held:
   * {@link #holdsChain}): rows that do not form a record there are damaged.
   *
   * @param table the main table, named in the error
   * @param loader loads the records once
   * @param <T> the record
   * @return what the load read
   * @throws SQLException if a query fails
   */
  static <T> List<T> once(String table, Statements.Loader<T> loader) throws SQLException {
    try {
      return loader.load();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new JdbcException("the rows of " + table + " do not form a valid record", e);
    }
  }

  /**
   * The bulk inserter of a kind of record, by its class: each repository inserts its own aggregates, with its own
   * SQL, batched ({@link #insertBatch}, a repository's {@code insertAll}). Keyed by class, so the repositories share
   * one path.
   *
   * @param kind the record's class: an aggregate's, or {@link org.lianfang.ledger.JournalEntry}
   * @param <A> the record
   * @return its inserter
   * @throws IllegalArgumentException if no repository of this store keeps that kind
   */
  final <A> BulkInsert<A> bulkInsert(Class<A> kind) {
    BulkInsert<?> insert = bulkInserts.get(kind);
    if (insert == null) {
      throw new IllegalArgumentException("no bulk insert for " + kind.getName());
    }
    @SuppressWarnings("unchecked") // register() keys each inserter by the class it inserts
    BulkInsert<A> typed = (BulkInsert<A>) insert;
    return typed;
  }

  /**
   * Inserts records of one kind in the calling thread's transaction (or one of their own), in batches through the
   * kind's {@link BulkInsert}: each repository's {@code insertAll}, which a ledger's restore calls a unit at a time.
   *
   * @param kind the records' class
   * @param records the records, as {@code Repository.insert} takes them; none writes nothing
   * @param <A> the record
   */
  final <A> void insertBatch(Class<A> kind, List<A> records) {
    if (records.isEmpty()) {
      return;
    }
    write("insert " + records.size() + " " + kind.getSimpleName(), c -> {
      bulkInsert(kind).insertAll(c, records);
      return null;
    });
  }

  /**
   * @param kind the class a repository inserts
   * @param insert the repository
   * @param <A> the record
   * @param <R> the repository
   * @return the repository, for a field initialiser
   */
  final <A, R extends BulkInsert<A>> R register(Class<A> kind, R insert) {
    if (bulkInserts.putIfAbsent(kind, insert) != null) {
      throw new IllegalStateException("two bulk inserts for " + kind.getName());
    }
    return insert;
  }
}
