package org.lianfang.application.ledger;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The hashing an import does — each entry's hash and each record's digest, the most of its checks' work — on a thread
 * of its own, a few units behind the reading and the writing, so that a restore of a city hashes on the second core
 * while the first reads and writes. The import waits for every unit's hashing before its transaction commits, and a
 * refusal found there rolls the whole import back like any other; whatever refuses the archive, the refusal of a unit
 * read before it comes first ({@link #earlier}), so the archive is refused at its first fault as if all ran in line.
 * A restore in steps commits each unit once its hashing passed, in order, on the import's thread.
 * Not thread-safe: one per import, called from the import's thread.
 */
final class ImportDigests implements AutoCloseable {
  /** How many units' hashing may wait behind the reading: bounds the records held for it. */
  private static final int BEHIND = 4;
  private ExecutorService thread;
  private final Deque<Map.Entry<Future<?>, Runnable>> pending = new ArrayDeque<>();

  /**
   * @param checks one unit's hashing, throwing {@link ImportRefused} at its first fault
   * @param then what to do on the import's thread once the unit's hashing passed (a restore in steps commits the
   *     unit), in the units' order
   */
  void submit(Runnable checks, Runnable then) {
    if (thread == null) {
      thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lianfang-import-digests");
        t.setDaemon(true);
        return t;
      });
    }
    pending.add(Map.entry(thread.submit(checks), then));
    while (pending.size() > BEHIND || !pending.isEmpty() && pending.peek().getKey().isDone()) {
      next();
    }
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
      pending.forEach(later -> later.getKey().cancel(true));
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

  @Override
  public void close() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }
}
