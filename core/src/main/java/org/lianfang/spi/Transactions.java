package org.lianfang.spi;

import java.util.function.Supplier;

/**
 * Runs a command's reads and writes as one unit of work (ARCHITECTURE.md decision 2).
 *
 * <p>Contract: every write made through the store's repositories and journal while {@code work} runs commits together
 * when it returns, or not at all when it throws — then the exception propagates unchanged and state and journal are as
 * before. A call made while a transaction is already running on the same thread joins it as a savepoint: if the
 * nested work throws, its own writes are undone and the exception propagates, while the outer transaction goes on
 * and commits or not as it decides (so a command refused inside a host's transaction leaves nothing behind). After a
 * single write fails inside a transaction, the transaction need not be usable (on PostgreSQL no statement runs after a
 * failed one until a rollback, and a savepoint around every write would cost a round trip each, issue 9): work that
 * means to go on after a failed write makes that write in a nested call. Reads inside see the transaction's own
 * writes. Thread-safe.
 */
public interface Transactions {
  /**
   * @param work the unit of work
   * @param <T> its result
   * @return what {@code work} returned, after commit
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * A command's unit of work: as {@link #inTransaction}, for work that never goes on after a failed write and rolls
   * back whole on any failure, as Lianfang's command runner does. A store may therefore hold a command's writes back
   * and send them together before its next read or at the end (the JDBC store does on PostgreSQL, issue 9): a write's
   * failure may then be raised by a later call of the same work or when it ends, and the transaction rolls back
   * whole. By default, {@link #inTransaction}.
   *
   * @param work the command's unit of work
   * @param <T> its result
   * @return what {@code work} returned, after commit
   */
  default <T> T inCommand(Supplier<T> work) {
    return inTransaction(work);
  }

  /**
   * Reads that must see the store at one instant, as a report drawn from several records and units does (Form 3's
   * points and measures, a subtree's coverage; issue 11): every read inside sees the same committed state, whatever
   * other threads commit meanwhile; called inside a transaction, it reads in that transaction and sees its writes.
   * The work only reads. By default {@link #inTransaction}, enough for a store whose transactions keep others' commits
   * out until they end (the in-memory store's lock does); the JDBC store reads in one read-only transaction at
   * REPEATABLE READ, which PostgreSQL, MariaDB and H2 keep to one snapshot, and needs no re-reading of versions there.
   *
   * @param work the reading
   * @param <T> what it reads
   * @return what {@code work} returned
   */
  default <T> T inSnapshot(Supplier<T> work) {
    return inTransaction(work);
  }

  /**
   * Whether work that another thread runs in {@link #inTransaction} now would be a transaction of its own, that
   * commits apart from the calling thread's work and never waits for it: false while the calling thread is inside one
   * of this store's transactions (its writes are not to commit apart from it, and the in-memory store's lock would make
   * the other thread wait for it), and false where the store joins a transaction its host began on the calling thread
   * (a JDBC store made by {@code JdbcStore.joining}, issue 9). An import restoring in steps asks it: when true, it
   * commits each unit on a thread of its own while it checks the next (issue 11). By default false, so a store that
   * does not say keeps every transaction on the calling thread.
   *
   * @return whether another thread may commit apart from the calling thread now
   */
  default boolean mayCommitOnAnotherThread() {
    return false;
  }
}
