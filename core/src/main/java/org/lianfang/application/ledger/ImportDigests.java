package org.lianfang.application.ledger;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The hashing an import does — each entry's hash and each record's digest, the most of its checks' work — on a thread
 * of its own, a few units behind the reading and the writing, so that a restore of a city hashes on the second core
 * while the first reads and writes. The import waits for every unit's hashing before its transaction commits, and a
 * refusal found there rolls the whole import back like any other; whatever refuses the archive, the refusal of a unit
 * read before it comes first ({@link #earlier}), so the archive is refused at its first fault as if all ran in line.
 *
 * <p>A restore in steps commits each unit once its hashing passed, in the units' order: on a writing thread of its
 * own when the store lets another thread commit while the import's goes on ({@link
 * org.lianfang.spi.Transactions#mayCommitOnAnotherThread}), so that the database writes one unit while the import
 * checks the next (issue 11: the checks no longer add their time to the writing); else on the import's thread. Once a
 * unit fails, no later unit is written, and a write under way is never interrupted: it commits or rolls back whole.
 * Not thread-safe: one per import, called from the import's thread.
 */
final class ImportDigests implements AutoCloseable {
  /** How many units' hashing (and writing) may wait behind the reading: bounds the records held for it. */
  private static final int BEHIND = 4;
  private final boolean writesBehind;
  private ExecutorService hashing;
  private ExecutorService writing;
  private final Deque<Map.Entry<Future<?>, Runnable>> pending = new ArrayDeque<>();
  /** Set once a unit failed or the import ended: the writing thread writes no unit after. */
  private final AtomicBoolean stopped = new AtomicBoolean();

  /**
   * @param writesBehind whether what follows each unit's hashing (a restore in steps' commit) runs on a writing thread
   *     of its own rather than on the import's
   */
  ImportDigests(boolean writesBehind) {
    this.writesBehind = writesBehind;
  }

  /**
   * @param checks one unit's hashing, throwing {@link ImportRefused} at its first fault
   * @param then what to do once the unit's hashing passed (a restore in steps commits the unit), in the units' order:
   *     on the writing thread if there is one, else on the import's
   */
  void submit(Runnable checks, Runnable then) {
    if (hashing == null) {
      hashing = thread("lianfang-import-digests");
    }
    Future<?> hashed = hashing.submit(checks);
    if (writesBehind) {
      if (writing == null) {
        writing = thread("lianfang-import-writes");
      }
      pending.add(Map.entry(writing.submit(() -> written(hashed, then)), () -> { }));
    } else {
      pending.add(Map.entry(hashed, then));
    }
    while (pending.size() > BEHIND || !pending.isEmpty() && pending.peek().getKey().isDone()) {
      next();
    }
  }

  /** On the writing thread: the unit's hashing, then its writing, unless a unit before it failed. */
  private void written(Future<?> hashed, Runnable then) {
    if (stopped.get()) {
      throw new CancellationException("a unit before this one failed");
    }
    try {
      await(hashed);
      then.run();
    } catch (RuntimeException | Error e) {
      stopped.set(true);
      throw e;
    }
  }

  private static ExecutorService thread(String name) {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Waits for every unit's hashing, in order, doing what follows each.
   *
   * @throws ImportRefused at the first unit that has a fault
   */
  void finish() {
    while (!pending.isEmpty()) {
      next();
    }
  }

  /**
   * The oldest unit's hashing, then what follows it. A failure of either drops every later unit's follow-up: nothing
   * after a refused unit is done (a restore in steps commits no unit after it).
   */
  private void next() {
    Map.Entry<Future<?>, Runnable> unit = pending.poll();
    try {
      await(unit.getKey());
      unit.getValue().run();
    } catch (RuntimeException | Error e) {
      stopped.set(true);
      pending.forEach(later -> later.getKey().cancel(!writesBehind)); // a write is never interrupted
      pending.clear();
      throw e;
    }
  }

  /**
   * @param found what refuses the archive now
   * @return the refusal of a unit read before it, if its hashing found one, else {@code found}
   */
  ImportRefused earlier(ImportRefused found) {
    try {
      finish();
    } catch (ImportRefused r) {
      return r;
    }
    return found;
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the archive's hashes", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Ends the threads. A write under way finishes first (it is not interrupted, and none begins after it): when the
   * import ends, by a refusal or a failure, nothing more of it is written.
   */
  @Override
  public void close() {
    stopped.set(true);
    if (hashing != null) {
      for (Runnable never : hashing.shutdownNow()) {
        if (never instanceof Future<?> f) {
          f.cancel(false); // a write waiting for it goes no further
        }
      }
    }
    if (writing != null) {
      writing.shutdown();
      boolean interrupted = false;
      while (true) {
        try {
          if (writing.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
