package org.lianfang.application.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.lianfang.StaleAggregateException;
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.DispatchReport;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.RoundOutcome;
import org.lianfang.spi.NotificationSender;
import org.lianfang.spi.Outbox;

/**
 * Delivers the outbox to the host's {@link NotificationSender} (ARCHITECTURE.md decision 4). The host calls {@link
 * #dispatchOnce()} from its own scheduler (Lianfang keeps no timers, decision 5), on as many instances as it runs:
 * each round claims up to a batch of ready rows under a lease, so racing dispatchers never take the same row, and a
 * row claimed by an instance that died is taken over when its lease ends. Each row goes to the sender with its
 * stable idempotency key, at least once: a send that throws or outlasts the policy's timeout is retried later with
 * backoff and jitter, and parked as a dead letter after the last attempt, without holding up the other rows. The rows
 * delivered in a round are deleted together at its end ({@link Outbox#round}), so the rows of an instance that dies
 * in a round are sent again by another, at the latest after the lease (the sender delivers each key once, by its
 * contract). Rows are only ever those committed.
 *
 * <p>The sender runs on a thread of the dispatcher's own, so that a hung send can be abandoned; after a timeout that
 * thread is given up (interrupted) and a new one serves the next send. Close the dispatcher to stop its thread. The
 * operator's part — the dead letters, a retry — is here too, without an actor: it is the host's administration, not
 * a user's read. Thread-safe; one round at a time per dispatcher.
 */
public final class Dispatcher implements AutoCloseable {
  /** How many times a round's claim is tried when it conflicts with another dispatcher's. */
  static final int CLAIM_ATTEMPTS = 6;
  private final Outbox outbox;
  private final Clock clock;
  private final NotificationSender sender;
  private final DispatchPolicy policy;
  private final String claimant = "dispatcher-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
  private final Random random = new Random();
  private ExecutorService worker = newWorker();

  Dispatcher(Outbox outbox, Clock clock, NotificationSender sender, DispatchPolicy policy) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "lianfang-dispatch-send");
      t.setDaemon(true);
      return t;
    });
  }

  /** @return the name this dispatcher claims rows under, unique to it */
  public String claimant() {
    return claimant;
  }

  /**
   * One round: claims up to a batch of ready rows, tries each in turn, and deletes those delivered.
   *
   * @return what it did
   */
  public synchronized DispatchReport dispatchOnce() {
    return round();
  }

  /**
   * Rounds until one claims nothing, or {@code maxRounds} have run.
   *
   * @param maxRounds the most rounds
   * @return what they did together
   */
  public synchronized DispatchReport drain(int maxRounds) {
    DispatchReport all = DispatchReport.NONE;
    for (int i = 0; i < maxRounds; i++) {
      DispatchReport r = round();
      all = all.plus(r);
      if (r.claimed() == 0 || Thread.currentThread().isInterrupted()) {
        break;
      }
    }
    return all;
  }

  /**
   * One round of the outbox ({@link Outbox#round}), tried again up to {@value #CLAIM_ATTEMPTS} times in all when the
   * store reports a conflict with another dispatcher (a deadlock the database broke by rolling one back) before
   * anything was sent: nothing was written then, and trying again is safe. Each try waits a few random milliseconds
   * more than the one before, so that two dispatchers that collided do not collide again in step (on a loaded
   * machine MariaDB broke three claims in a row of two racing dispatchers). A conflict after the sends is not tried
   * again here; the rows come back after their lease at the latest (at once where the store held them by locks).
   */
  private DispatchReport round() {
    for (int attempt = 1; ; attempt++) {
      Round[] sent = new Round[1];
      try {
        int deleted = outbox.round(claimant, clock.instant(), policy.lease(), policy.batch(), claimed -> {
          sent[0] = send(claimed);
          return sent[0].outcome();
        });
        return sent[0].report(deleted);
      } catch (StaleAggregateException e) {
        if (sent[0] != null || attempt == CLAIM_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(1 + random.nextInt(10 * attempt));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** What a round did with the rows it claimed. */
  private static final class Round {
    final int claimed;
    final List<UUID> delivered = new ArrayList<>();
    final List<RoundOutcome.Failure> failed = new ArrayList<>();
    int retried;
    int parked;
    int released;

    Round(int claimed) {
      this.claimed = claimed;
    }

    RoundOutcome outcome() {
      return new RoundOutcome(delivered, failed);
    }

    DispatchReport report(int deleted) {
      return new DispatchReport(claimed, deleted, retried, parked, released);
    }
  }

  /**
   * Hands the claimed rows to the sender on the sending thread, one after the other in one task (one hand-over a
   * round, not one a row), and watches it in waits of the send timeout: a send still under way at the end of two waits
   * in a row has outlasted a whole timeout and is given up — its thread interrupted and replaced — and a new task goes
   * on with the next rows on a new thread. (Waits, not a clock: time comes from the injected clock, which a host or a
   * test may hold still.) Each row is taken by one task only and gets one outcome, whichever side records it first,
   * so a row is never sent twice in a round, nor counted both sent and failed; a send that ends after its task was
   * given up still records what happened. A row whose lease would end before a send given up on it could be known to
   * have hung (two timeouts) is left for a later round. An interrupt of the dispatcher's thread ends the round: its
   * unsent rows are left to their leases (freed at once where the store held them by locks). The lease is judged by
   * the injected clock: a clock held still (a test's) leaves no row, and a store whose hold runs in real time (the
   * JDBC store on PostgreSQL) may then end a round that outlasts it.
   */
  private Round send(List<OutboxMessage> claimed) {
    Round r = new Round(claimed.size());
    int n = claimed.size();
    AtomicReferenceArray<Optional<String>> results = new AtomicReferenceArray<>(n); // empty: sent; null: left
    AtomicIntegerArray taken = new AtomicIntegerArray(n);
    AtomicInteger epoch = new AtomicInteger(); // a task given up stops before its next row
    int from = 0;
    while (from < n) {
      int start = from;
      int mine = epoch.get();
      AtomicInteger current = new AtomicInteger(start - 1); // this task's row; its own, so no other task moves it
      Future<?> task = worker.submit(() -> {
        for (int i = start; i < n && epoch.get() == mine; i++) {
          OutboxMessage m = claimed.get(i);
          if (clock.instant().plus(policy.sendTimeout().multipliedBy(2)).isAfter(m.leaseUntil().orElseThrow())
              || !taken.compareAndSet(i, 0, 1)) {
            continue; // its lease could end during the send, or another task has it
          }
          current.set(i);
          Optional<String> result;
          try {
            sender.send(m.notification());
            result = Optional.empty();
          } catch (RuntimeException | Error e) {
            result = Optional.of(e.getClass().getName() + ": " + e.getMessage());
          }
          results.compareAndSet(i, null, result);
        }
        current.set(n);
      });
      from = n;
      int watched = -1; // the row being sent at the end of the last wait: still it after a whole timeout, it hung
      while (true) {
        try {
          task.get(policy.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException e) {
          int i = current.get();
          if (i != watched || i < start || i >= n || results.get(i) != null) {
            watched = i;
          } else {
            epoch.incrementAndGet(); // the send of row i hung: its task is given up
            results.compareAndSet(i, null, Optional.of("the sender took longer than " + policy.sendTimeout()));
            task.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            from = i + 1;
            break;
          }
        } catch (ExecutionException e) {
          throw new IllegalStateException("the sending task failed", e.getCause());
        } catch (InterruptedException e) {
          epoch.incrementAndGet();
          task.cancel(true);
          worker.shutdownNow();
          worker = newWorker();
          Thread.currentThread().interrupt();
          from = n;
          break;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      OutboxMessage m = claimed.get(i);
      Optional<String> error = results.get(i);
      if (error == null) {
        r.released++;
      } else if (error.isEmpty()) {
        r.delivered.add(m.id());
      } else {
        int failed = m.attempts() + 1;
        Instant at = clock.instant();
        if (policy.parks(failed)) {
          r.failed.add(new RoundOutcome.Failure(m.id(), error.get(), Optional.empty(), at));
          r.parked++;
        } else {
          r.failed.add(new RoundOutcome.Failure(m.id(), error.get(),
              Optional.of(at.plus(policy.retryAfter(failed, random))), at));
          r.retried++;
        }
      }
    }
    return r;
  }

  /**
   * @param max the most rows
   * @return the dead letters: rows parked after their last attempt, oldest first, with their last error
   */
  public List<OutboxMessage> deadLetters(int max) {
    return outbox.parked(max);
  }

  /**
   * @param id a dead letter
   * @return whether it was parked: it is tried again at the next round, its attempts counted from zero
   */
  public boolean retry(UUID id) {
    return outbox.retry(id, clock.instant());
  }

  /** @return how many notifications wait, dead letters included */
  public long waiting() {
    return outbox.size();
  }

  /** Stops the sending thread; a send under way is interrupted. */
  @Override
  public synchronized void close() {
    worker.shutdownNow();
  }
}
