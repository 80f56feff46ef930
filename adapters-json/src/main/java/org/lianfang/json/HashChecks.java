package org.lianfang.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.lianfang.Refusal;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;

/**
 * Checks the hashes of one document's journal entries on a second thread while the reader parses on (S-13): an
 * entry's hash is the digest (the one the document names) of its canonical bytes, about a fifth of reading a city's
 * document, and the reader has nothing else to wait for. Entries go in chunks, in document order; at most a few
 * chunks wait, so memory stays bounded. A document of fewer entries than a chunk never starts the thread: its entries
 * are checked when the reader asks for the result. Whatever the timing, the first entry that does not match is the one reported, with its
 * pointer, as a check in line would report it. Not thread-safe: one per reading, closed with it.
 */
final class HashChecks implements AutoCloseable {
  /** Entries per task: enough that handing one over costs little next to hashing it. */
  private static final int CHUNK = 256;
  /** Chunks sent and not yet checked, at most: the reader waits rather than run ahead of the checks. */
  private static final int WAITING = 4;

  private final Semaphore room = new Semaphore(WAITING);
  private final Deque<Future<Optional<Refusal>>> sent = new ArrayDeque<>();
  private ExecutorService thread;
  private List<JournalEntry> entries = new ArrayList<>(CHUNK);
  private List<String> places = new ArrayList<>(CHUNK);
  private ChainDigest digest = ChainDigest.SHA_256;

  /** @param value the digest the document names, set before its first entry is added */
  void digest(ChainDigest value) {
    if (!sent.isEmpty() || !entries.isEmpty()) {
      throw new IllegalStateException("the digest is set before the first entry");
    }
    this.digest = value;
  }

  /**
   * @param e an entry whose chain links the reader has checked
   * @param at its JSON pointer
   */
  void add(JournalEntry e, String at) {
    entries.add(e);
    places.add(at);
    if (entries.size() == CHUNK) {
      send();
    }
  }

  private void send() {
    List<JournalEntry> es = entries;
    List<String> ps = places;
    ChainDigest d = digest;
    entries = new ArrayList<>(CHUNK);
    places = new ArrayList<>(CHUNK);
    if (thread == null) {
      thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lianfang-ledger-hashes");
        t.setDaemon(true);
        return t;
      });
    }
    room.acquireUninterruptibly();
    sent.add(thread.submit(() -> {
      try {
        return check(d, es, ps);
      } finally {
        room.release();
      }
    }));
  }

  private static Optional<Refusal> check(ChainDigest d, List<JournalEntry> es, List<String> ps) {
    for (int i = 0; i < es.size(); i++) {
      JournalEntry e = es.get(i);
      if (!e.hash().equals(JournalChain.expectedHash(d, e))) {
        return Optional.of(Documents.refusal(Documents.child(ps.get(i), "hash"), "ledger.chain", "日志条目被改动：哈希不符",
            "the journal entry was altered: its hash does not match"));
      }
    }
    return Optional.empty();
  }

  /**
   * Waits for every entry added so far to be checked.
   *
   * @return the first that does not match its hash, in document order, or empty
   */
  Optional<Refusal> first() {
    while (!sent.isEmpty()) {
      Optional<Refusal> found = result(sent.poll());
      if (found.isPresent()) {
        return found;
      }
    }
    Optional<Refusal> found = check(digest, entries, places);
    entries.clear();
    places.clear();
    return found;
  }

  private static Optional<Refusal> result(Future<Optional<Refusal>> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true; // the reading finishes its checks; the caller's interrupt is kept for it
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("checking journal hashes failed", e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the thread, if one was started; chunks not yet checked are dropped. */
  @Override
  public void close() {
    if (thread != null) {
      thread.shutdownNow();
    }
  }
}
