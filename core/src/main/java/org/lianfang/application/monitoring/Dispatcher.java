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
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.DispatchReport;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.spi.NotificationSender;
import org.lianfang.spi.Outbox;

/**
 * Delivers the outbox to the host's {@link NotificationSender} (ARCHITECTURE.md decision 4). The host calls {@link
 * #dispatchOnce()} from its own scheduler (Lianfang keeps no timers, decision 5), on as many instances as it runs:
 * each round claims up to a batch of ready rows under a lease, so racing dispatchers never take the same row, and a
 * row claimed by an instance that died is taken over when its lease ends. Each row goes to the sender with its
 * stable idempotency key, at least once: a send that throws or outlasts the policy's timeout is retried later with
 * backoff and jitter, and parked as a dead letter after the last attempt, without holding up the other rows. The rows
 * delivered in a round are deleted together at its end, so an instance that dies in a round sends them again after
 * the lease (the sender delivers each key once, by its contract). Rows are only ever those committed.
 *
 * <p>The sender runs on a thread of the dispatcher's own, so that a hung send can be abandoned; after a timeout that
 * thread is given up (interrupted) and a new one serves the next send. Close the dispatcher to stop its thread. The
 * operator's part — the dead letters, a retry — is here too, without an actor: it is the host's administration, not
 * a user's read. Thread-safe; one round at a time per dispatcher.
 */
public final class Dispatcher implements AutoCloseable {
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
   * One round: claims up to a batch of ready rows and tries each in turn.
   *
   * @return what it did
   */
  public synchronized DispatchReport dispatchOnce() {
    Instant now = clock.instant();
    List<OutboxMessage> claimed = outbox.claim(claimant, now, policy.lease(), policy.batch());
    List<UUID> delivered = new ArrayList<>();
    int retried = 0;
    int parked = 0;
    int released = 0;
    for (OutboxMessage m : claimed) {
      Instant start = clock.instant();
      if (start.plus(policy.sendTimeout()).isAfter(m.leaseUntil().orElseThrow())) {
        released++; // its lease would end during the send: another round takes it then
        continue;
      }
      Optional<String> error = send(m);
      if (error.isEmpty()) {
        delivered.add(m.id());
        continue;
      }
      int failed = m.attempts() + 1;
      Instant at = clock.instant();
      if (policy.parks(failed)) {
        outbox.failed(m.id(), claimant, error.get(), Optional.empty(), at);
        parked++;
      } else {
        outbox.failed(m.id(), claimant, error.get(), Optional.of(at.plus(policy.retryAfter(failed, random))), at);
        retried++;
      }
    }
    int deleted = outbox.delivered(delivered, claimant);
    return new DispatchReport(claimed.size(), deleted, retried, parked, released);
  }

  /**
   * Rounds until one claims nothing, or {@code maxRounds} have run.
   *
   * @param maxRounds the most rounds
   * @return what they did together
   */
  public DispatchReport drain(int maxRounds) {
    DispatchReport all = DispatchReport.NONE;
    for (int i = 0; i < maxRounds; i++) {
      DispatchReport round = dispatchOnce();
      all = all.plus(round);
      if (round.claimed() == 0) {
        break;
      }
    }
    return all;
  }

  /** @return empty if the sender took it, else what went wrong (no part of the notification's text) */
  private Optional<String> send(OutboxMessage m) {
    Future<?> f = worker.submit(() -> sender.send(m.notification()));
    try {
      f.get(policy.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return Optional.empty();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return Optional.of(cause.getClass().getName() + ": " + cause.getMessage());
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return Optional.of("the sender took longer than " + policy.sendTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      return Optional.of("the dispatcher was interrupted");
    }
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
