package org.lianfang.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lianfang.Aggregate;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;

/**
 * What every area of {@link InMemoryStore} shares: the lock, the undo log of the current transaction, and the tables
 * of every kind in the order they were declared.
 *
 * <p>The store is a chain of classes, one per area in the order areas depend on each other (DOMAIN.md): this core, then
 * {@link MemoryOrganizationStore}, {@link MemoryProcessStore}, {@link MemoryRiskStore}, {@link MemoryControlStore},
 * {@link MemoryMonitoringStore}, {@link MemoryChecksStore}, {@link MemoryEvaluationStore}, {@link MemoryCycleStore},
 * and {@link InMemoryStore} last. Each area class declares its own tables and ports, so a kind added to an area edits
 * that area's class only; a new stage adds one class to the chain. The chain is an implementation detail: {@code Store}
 * extends one interface per area so that the compiler names every port a host must implement, and a Java class can
 * inherit those implementations only from superclasses (docs/decisions.md, "Stores built by area").
 */
abstract class MemoryStoreCore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();
  /** Every table, by kind, in declaration order: area by area, as superclasses initialise before subclasses. */
  final Map<AggregateKind<?, ?>, Table<?>> tables = new LinkedHashMap<>();

  /**
   * Declares the table of a kind. Called from the field initialisers of the area classes, in the order of
   * {@link AggregateKinds#all()}; {@link InMemoryStore} checks that order once built.
   *
   * @param kind the kind
   * @param withVersion a copy of a record at another version
   * @param uniqueKey what must be unique besides the id (a code within its unit), or null
   * @param <A> the aggregate
   * @return the table
   */
  final <A extends Aggregate<?>> Table<A> table(
      AggregateKind<A, ?> kind, BiFunction<A, Long, A> withVersion, Function<A, Object> uniqueKey) {
    Table<A> table = new Table<>(kind.type().getSimpleName(), this, withVersion, uniqueKey);
    if (tables.putIfAbsent(kind, table) != null) {
      throw new IllegalStateException("two tables for " + kind);
    }
    return table;
  }

  /** @throws IllegalStateException unless there is one table per kind of {@link AggregateKinds#all()}, in order */
  final void checkTables() {
    if (!List.copyOf(tables.keySet()).equals(AggregateKinds.all())) {
      throw new IllegalStateException("the in-memory store needs a table for each kind of " + AggregateKinds.all()
          + ", in that order, not " + tables.keySet());
    }
  }

  final <T> T read(Supplier<T> r) {
    lock.readLock().lock();
    try {
      return r.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  final void write(Runnable w) {
    inTransaction(() -> {
      w.run();
      return null;
    });
  }

  final void onUndo(Runnable r) {
    undo.get().push(r);
  }

  /** @return whether the calling thread runs a transaction of this store (and holds its write lock) */
  final boolean inTransactionOnThisThread() {
    return undo.get() != null;
  }

  final <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Deque<Runnable> outer = undo.get();
    if (outer != null) {
      int savepoint = outer.size();
      try {
        return work.get();
      } catch (Throwable e) {
        while (outer.size() > savepoint) {
          outer.pop().run();
        }
        throw e;
      }
    }
    lock.writeLock().lock();
    Deque<Runnable> log = new ArrayDeque<>();
    undo.set(log);
    try {
      T result = work.get();
      log.clear();
      return result;
    } catch (Throwable e) {
      while (!log.isEmpty()) {
        log.pop().run();
      }
      throw e;
    } finally {
      undo.remove();
      lock.writeLock().unlock();
    }
  }
}
