package org.lianfang.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcException;
import org.lianfang.spi.Transactions;

/**
 * Not API. The store's {@link Transactions}: one transaction per command, on a connection of its own or in the host's
 * transaction, and the connection every read and write of the command runs on.
 *
 * <p>On its own ({@code joinsHost} false) a command takes a connection, turns auto-commit off, and commits when it
 * returns or rolls back when it throws. Joining the host ({@code joinsHost} true) it takes the connection of the
 * host's transaction from a transaction-aware data source and never commits, rolls back or changes auto-commit: the
 * command is a savepoint in the host's transaction, and a call outside one is refused. Either way a nested call is a
 * savepoint; a single write inside a transaction is not. Thread-safe: each thread's transaction has its own connection.
 */
public final class JdbcTransactions implements Transactions {
  private final DataSource dataSource;
  private final boolean joinsHost;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final ThreadLocal<Map<Object, Object>> remembered = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
  private final Route route;
  private final Dialect dialect;
  private final HeldWrites held = new HeldWrites();
  /** Whether the calling thread runs a command's own writes (not a nested call's): a failed one fails the command. */
  private final ThreadLocal<Boolean> command = new ThreadLocal<>();
  /** The first write that failed in the calling thread's command, which then cannot commit. */
  private final ThreadLocal<RuntimeException> failedWrite = new ThreadLocal<>();
  /** Whether the calling thread reads in a snapshot of its own ({@link #inSnapshot}). */
  private final ThreadLocal<Boolean> snapshot = new ThreadLocal<>();

  /**
   * @param dataSource where connections come from
   * @param joinsHost whether commands join the host's transactions instead of running their own
   * @param dialect the database: on PostgreSQL its own transactions hold {@link Deferred} writes back and send them
   *     together (not through ShardingSphere-JDBC: {@link Route#holdsWritesBack}); each sets a snapshot read's
   *     isolation its own way ({@link #inSnapshot})
   */
  public JdbcTransactions(DataSource dataSource, boolean joinsHost, Dialect dialect) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.joinsHost = joinsHost;
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.route = new Route(dialect);
  }

  /** @return how this store's statements reach the database */
  public Route route() {
    return route;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return run(work, false);
  }

  /**
   * A command's transaction: on PostgreSQL (not through ShardingSphere-JDBC) its writes are held back and sent together
   * ({@link #defer}); on every
   * database a write of the command's own work that fails (when made or when sent) fails the whole transaction, even
   * if the work catches the failure and goes on. A nested call's writes are its own: its savepoint undoes them.
   */
  @Override
  public <T> T inCommand(Supplier<T> work) {
    return run(work, true);
  }

  private <T> T run(Supplier<T> work, boolean isCommand) {
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
    return own(c, work, false, isCommand);
  }

  /**
   * Runs work in a transaction of its own on a connection taken for it (a command's, or a snapshot read's), then
   * puts the connection back as it was and keeps, once committed, what the work read for the caches.
   */
  private <T> T own(Connection c, Supplier<T> work, boolean isSnapshot, boolean isCommand) {
    boolean auto = true;
    int isolation = OwnConnection.UNCHANGED;
    T result;
    List<Runnable> committed = new ArrayList<>();
    try {
      auto = c.getAutoCommit();
      if (isSnapshot) {
        isolation = OwnConnection.beginSnapshot(c, dialect);
      } else {
        c.setAutoCommit(false);
      }
      current.set(c);
      snapshot.set(isSnapshot);
      remembered.set(new HashMap<>());
      afterCommit.set(committed);
      held.begin(isCommand && route.holdsWritesBack(c));
      command.set(isCommand);
      result = work.get();
      if (isSnapshot) {
        c.commit(); // nothing was written: this ends the snapshot
      } else {
        commit(c);
      }
    } catch (SQLException e) {
      Statements.rollback(c, e);
      throw new JdbcException(isSnapshot ? "the snapshot read could not begin or end"
          : "the command's transaction could not start", e);
    } catch (Throwable e) {
      Statements.rollback(c, e);
      throw e;
    } finally {
      endOnThread();
      OwnConnection.release(c, auto, isolation);
    }
    OwnConnection.runCommitted(committed);
    return result;
  }

  /** Sends the writes held back, then commits, unless a write failed; a conflict at commit is a stale command. */
  private void commit(Connection c) {
    flush(c);
    if (failedWrite.get() != null) {
      throw failedWrite.get();
    }
    OwnConnection.commit(c);
  }

  private <T> T inHostTransaction(Connection c, Supplier<T> work) {
    try {
      if (c.getAutoCommit()) {
        throw new JdbcException("this store joins the host's transactions, but the connection is in auto-commit: "
            + "begin a transaction before calling Lianfang");
      }
      current.set(c);
      remembered.set(new HashMap<>());
      return nested(c, work);
    } catch (SQLException e) {
      throw new JdbcException("could not read the host connection's transaction state", e);
    } finally {
      current.remove();
      remembered.remove();
      try {
        c.close();
      } catch (SQLException ignored) {
        // a transaction-aware data source keeps the connection for the host's transaction
      }
    }
  }

  /**
   * A nested call sends what its transaction held back first and holds nothing back itself, so that its savepoint
   * undoes exactly its own writes.
   */
  private <T> T nested(Connection c, Supplier<T> work) {
    Boolean outerCommand = command.get();
    flush(c);
    List<Deferred> outer = held.suspend();
    command.set(false);
    try {
      return savepointed(c, work);
    } finally {
      held.resume(outer);
      command.set(outerCommand);
    }
  }

  private <T> T savepointed(Connection c, Supplier<T> work) {
    List<Runnable> committed = afterCommit.get();
    int keptBefore = committed == null ? 0 : committed.size();
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
      if (committed != null) {
        committed.subList(keptBefore, committed.size()).clear(); // what the undone work read is not to be kept
      }
      Map<Object, Object> memory = remembered.get();
      if (memory != null) {
        memory.clear(); // it may describe what the savepoint undoes (a journal head moved, a point written)
      }
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

  /**
   * Reads in one transaction that sees one snapshot from its first read on, at the isolation each database keeps one
   * snapshot with ({@link OwnConnection#beginSnapshot}).
   * Inside a transaction the work joins it; joining the host's transactions, the work reads as reads outside a
   * command do (each record read whole, {@link Statements#consistently}), since the host's connection is not this
   * store's to set.
   */
  @Override
  public <T> T inSnapshot(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null || joinsHost) {
      return work.get();
    }
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw new JdbcException("could not get a connection for the read", e);
    }
    return own(c, work, true, false);
  }

  /** Another thread's transaction is its own connection's: apart, unless the calling thread is in one or a host's. */
  @Override
  public boolean mayCommitOnAnotherThread() {
    return !joinsHost && current.get() == null;
  }

  /** Forgets the calling thread's transaction. */
  private void endOnThread() {
    current.remove();
    snapshot.remove();
    remembered.remove();
    afterCommit.remove();
    held.end();
    command.remove();
    failedWrite.remove();
  }

  /** @return whether the calling thread reads in a snapshot of its own ({@link #inSnapshot}) */
  public boolean inSnapshot() {
    return Boolean.TRUE.equals(snapshot.get());
  }

  /**
   * Reads on the transaction's connection, or on a connection of their own outside one.
   *
   * @param what what is read, for the error message ("read unit …")
   * @param work the reading
   * @param <T> what it reads
   * @return what it read
   */
  public <T> T read(String what, Statements.Work<T> work) {
    return read(what, null, work);
  }

  /**
   * Reads that see only the given tables: writes held back for other tables stay held back.
   *
   * @param what what is read, for the error message
   * @param tables the only tables the reading reads
   * @param work the reading
   * @param <T> what it reads
   * @return what it read
   */
  public <T> T readOnly(String what, Set<String> tables, Statements.Work<T> work) {
    return read(what, Objects.requireNonNull(tables, "tables"), work);
  }

  private <T> T read(String what, Set<String> tables, Statements.Work<T> work) {
    Connection c = current.get();
    try {
      if (c != null) {
        if (tables == null || held.touch(tables)) {
          flush(c);
        }
        return work.apply(c);
      }
      try (Connection own = dataSource.getConnection()) {
        return work.apply(own);
      }
    } catch (SQLException e) {
      throw Statements.translate(what, e);
    }
  }

  /**
   * Writes on the command's connection, or in a transaction of their own outside one. Inside a transaction a write
   * sets no savepoint of its own (issue 9: on PostgreSQL each one is a round trip, and a command's transaction rolls
   * back whole on any failure anyway): a failed write fails the transaction, and work that means to go on after a
   * failure wraps that write in a nested {@link #inTransaction} call, which is a savepoint.
   *
   * @param what what is written, for the error message ("insert unit …")
   * @param work the writing
   */
  public void write(String what, Statements.Work<Void> work) {
    Connection c = current.get();
    if (c != null) {
      flush(c);
      try {
        run(what, c, work);
      } catch (RuntimeException e) {
        failed(e);
        throw e;
      }
    } else {
      inTransaction(() -> {
        run(what, current.get(), work);
        return null;
      });
    }
  }

  private static void run(String what, Connection c, Statements.Work<Void> work) {
    try {
      work.apply(c);
    } catch (SQLException e) {
      throw Statements.translate(what, e);
    }
  }

  /**
   * Runs a write now, or holds it back in the calling thread's own transaction on PostgreSQL until something reads or
   * writes otherwise, a nested call begins or the transaction commits, and then sends it with the others held in one
   * statement ({@link Deferred}); through ShardingSphere-JDBC each of its statements is sent on its own, now.
   * Outside a transaction it is a transaction of its own.
   *
   * @param write the write
   */
  public void defer(Deferred write) {
    Objects.requireNonNull(write, "write");
    Connection c = current.get();
    if (c == null) {
      inTransaction(() -> {
        defer(write);
        return null;
      });
      return;
    }
    if (!held.holding()) {
      try {
        route.send(c, List.of(write));
      } catch (RuntimeException e) {
        failed(e);
        throw e;
      }
      return;
    }
    if (held.touch(write.tables())) {
      flush(c);
    }
    held.add(write);
  }

  /** Sends the writes held back, if any. */
  private void flush(Connection c) {
    List<Deferred> now = held.take();
    if (now.isEmpty()) {
      return;
    }
    try {
      route.send(c, now);
    } catch (RuntimeException e) {
      failed(e);
      throw e;
    }
  }

  /** Remembers the first write that failed in a command's own work: the command then cannot commit. */
  private void failed(RuntimeException e) {
    if (Boolean.TRUE.equals(command.get()) && failedWrite.get() == null) {
      failedWrite.set(e);
    }
  }

  /**
   * What repositories remember for the rest of the command's transaction: the aggregates it read and wrote, by id, so
   * that an update writes only the lists that changed (issue 9). Forgotten when the transaction ends, committed or
   * not, so nothing remembered outlives the state it describes; outside a transaction, a map that keeps nothing.
   *
   * @return the current transaction's memory
   */
  public Map<Object, Object> remembered() {
    Map<Object, Object> m = remembered.get();
    return m != null ? m : new HashMap<>();
  }

  /**
   * Runs {@code action} once the calling thread's transaction has committed, or at once outside a transaction of a
   * store that runs its own; never when the transaction rolls back, nor for a store that joins the host's
   * transactions, whose commit it does not see. For what a repository may keep beyond one transaction: what the
   * transaction read is then known to be committed.
   *
   * @param action what to run, which must not throw
   */
  public void afterCommit(Runnable action) {
    Objects.requireNonNull(action, "action");
    if (joinsHost) {
      return;
    }
    List<Runnable> pending = afterCommit.get();
    if (pending != null) {
      pending.add(action);
    } else if (current.get() == null) {
      action.run();
    }
  }

  /** @return whether the calling thread's transaction holds writes back ({@link #defer}) */
  public boolean holdsWrites() {
    return current.get() != null && held.holding();
  }

  /** @return whether the calling thread is inside a transaction of this store */
  public boolean active() {
    return current.get() != null;
  }
}
