package org.lianfang.jdbc.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The writes the calling thread's command holds back on PostgreSQL ({@link Deferred}, issue 9), for {@link
 * JdbcTransactions}: none where writes go at once (another database, a transaction that is not a command's, a nested
 * call).
 */
final class HeldWrites {
  private final ThreadLocal<List<Deferred>> held = new ThreadLocal<>();

  /** @param holds whether the calling thread's transaction holds writes back from now on */
  void begin(boolean holds) {
    held.set(holds ? new ArrayList<>() : null);
  }

  /** Forgets what the calling thread held: its transaction ended. */
  void end() {
    held.remove();
  }

  /** @return what the calling thread held, now holding nothing back, for {@link #resume} after a nested call */
  List<Deferred> suspend() {
    List<Deferred> writes = held.get();
    held.set(null);
    return writes;
  }

  /** @param writes what {@link #suspend} returned */
  void resume(List<Deferred> writes) {
    held.set(writes);
  }

  /** @return whether the calling thread holds writes back */
  boolean holding() {
    return held.get() != null;
  }

  /** @param tables tables @return whether a write held back writes one of them */
  boolean touch(Set<String> tables) {
    List<Deferred> writes = held.get();
    if (writes == null) {
      return false;
    }
    for (Deferred w : writes) {
      if (!Collections.disjoint(w.tables(), tables)) {
        return true;
      }
    }
    return false;
  }

  /** @param write a write to hold back; the calling thread must be {@link #holding} */
  void add(Deferred write) {
    held.get().add(write);
  }

  /** @return the writes held back, in order, which are held no longer */
  List<Deferred> take() {
    List<Deferred> writes = held.get();
    if (writes == null || writes.isEmpty()) {
      return List.of();
    }
    List<Deferred> now = List.copyOf(writes);
    writes.clear();
    return now;
  }
}
