package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.RoundOutcome;
import org.lianfang.spi.Outbox;
import org.lianfang.spi.Store;

/**
 * The contract of {@link Outbox} (ARCHITECTURE.md decision 4): rows commit with their transaction or not at all and are
 * never claimed before; each ready row goes to one claimant at a time, however many claim at once; a claim holds until
 * its lease ends; only the holder delivers or fails a row; a dispatcher's round holds its rows from others while it
 * sends them, records what its sending returns, and records nothing when the sending throws; a failure waits for its
 * retry or parks; a parked row is retried on demand; text comes back as written. Extend it with a fresh, empty store
 * per call of {@link #newStore()}.
 */
public abstract class OutboxContract {
  private static final Instant T0 = Instant.parse("2010-10-21T01:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(60);
  private static final UnitId UNIT = new UnitId(UUID.fromString("0190a5e0-0000-7000-8000-0000000000aa"));
  private Store store;
  private int made;

  /** @return a new, empty store */
  protected abstract Store newStore();

  @BeforeEach
  void open() {
    store = newStore();
  }

  private Outbox outbox() {
    return store.outbox();
  }

  private OutboxMessage message(Instant at) {
    made++;
    UUID id = new UUID(0x0190a5e000007000L | made, 0x8000000000000000L | made);
    return OutboxMessage.of(id, new Notification("key-" + id, UNIT, "official:" + id, "warning.issued",
        "warning/" + id, "预警通知书", "Warning notice", "请于七日内回复", "Reply within 7 days", at));
  }

  private List<OutboxMessage> added(int n, Instant at) {
    List<OutboxMessage> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(message(at.plusMillis(i)));
    }
    store.transactions().inTransaction(() -> {
      outbox().add(all);
      return null;
    });
    return all;
  }

  private static List<UUID> ids(List<OutboxMessage> ms) {
    return ms.stream().map(OutboxMessage::id).toList();
  }

  @Test
  public void aRowCommitsWithItsTransactionOrNotAtAll() {
    OutboxMessage m = message(T0);
    assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
      outbox().add(List.of(m));
      throw new IllegalStateException("the change fails after the row was written");
    }));
    assertEquals(0, outbox().size());
    assertEquals(List.of(), outbox().claim("a", T0, LEASE, 10));
    store.transactions().inTransaction(() -> {
      outbox().add(List.of(m));
      return null;
    });
    assertEquals(Optional.of(m), outbox().find(m.id()));
    assertEquals(1, outbox().size());
  }

  @Test
  public void aRowIsNeverClaimedBeforeItsTransactionCommits() throws Exception {
    OutboxMessage m = message(T0);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean committed = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> writer = pool.submit(() -> store.transactions().inTransaction(() -> {
        outbox().add(List.of(m));
        written.countDown();
        await(release);
        committed.set(true);
        return null;
      }));
      assertTrue(written.await(10, TimeUnit.SECONDS));
      Future<List<OutboxMessage>> early = pool.submit(() -> {
        List<OutboxMessage> got = outbox().claim("early", T0, LEASE, 10);
        assertTrue(got.isEmpty() || committed.get(), "claimed while its transaction was open");
        return got;
      });
      Thread.sleep(200);
      boolean answeredBefore = early.isDone();
      release.countDown();
      writer.get(10, TimeUnit.SECONDS);
      List<OutboxMessage> first = early.get(10, TimeUnit.SECONDS);
      if (answeredBefore) {
        assertEquals(List.of(), first, "nothing to claim before the commit");
      }
      List<OutboxMessage> later = outbox().claim("later", T0, LEASE, 10);
      assertEquals(List.of(m.id()), ids(first.isEmpty() ? later : first), "claimed once, after the commit");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  public void eachReadyRowGoesToOneClaimantAtATimeWhenManyClaimAtOnce() throws Exception {
    List<OutboxMessage> all = added(120, T0);
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    List<UUID> twice = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> claimants = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String name = "claimant-" + t;
        claimants.add(pool.submit(() -> {
          for (int round = 0; round < 40; round++) {
            for (OutboxMessage m : outbox().claim(name, T0.plusSeconds(1), LEASE, 7)) {
              if (!seen.add(m.id())) {
                twice.add(m.id());
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> f : claimants) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), twice, "no row claimed twice while its lease runs");
    assertEquals(new HashSet<>(ids(all)), seen, "every ready row claimed");
  }

  @Test
  public void aClaimHoldsUntilItsLeaseEndsAndThenAnotherMayTakeIt() {
    OutboxMessage m = added(1, T0).get(0);
    List<OutboxMessage> a = outbox().claim("a", T0, LEASE, 10);
    assertEquals(List.of(m.id()), ids(a));
    assertEquals(Optional.of("a"), a.get(0).claimedBy());
    assertEquals(Optional.of(T0.plus(LEASE)), a.get(0).leaseUntil());
    assertEquals(List.of(), outbox().claim("b", T0.plus(LEASE), LEASE, 10), "held to the end of the lease");
    Instant after = T0.plus(LEASE).plusMillis(1);
    assertEquals(List.of(m.id()), ids(outbox().claim("b", after, LEASE, 10)), "taken over once it ended");
    assertEquals(0, outbox().delivered(List.of(m.id()), "a"), "the one whose lease ended changes nothing");
    assertFalse(outbox().failed(m.id(), "a", "late", Optional.of(after), after));
    assertEquals(Optional.of("b"), outbox().find(m.id()).orElseThrow().claimedBy());
    assertEquals(1, outbox().delivered(List.of(m.id()), "b"));
    assertEquals(Optional.empty(), outbox().find(m.id()), "a delivered row is gone");
  }

  @Test
  public void aFailureWaitsForItsRetryThenParksAndAParkedRowIsRetriedOnDemand() {
    OutboxMessage m = added(1, T0).get(0);
    outbox().claim("a", T0, LEASE, 10);
    Instant retryAt = T0.plusSeconds(30);
    assertTrue(outbox().failed(m.id(), "a", "SMS 网关超时 / gateway timed out", Optional.of(retryAt), T0));
    OutboxMessage failed = outbox().find(m.id()).orElseThrow();
    assertEquals(1, failed.attempts());
    assertEquals(Optional.of("SMS 网关超时 / gateway timed out"), failed.lastError());
    assertEquals(Optional.empty(), failed.claimedBy(), "released");
    assertEquals(List.of(), outbox().claim("b", retryAt.minusMillis(1), LEASE, 10), "not before its retry");
    assertEquals(List.of(m.id()), ids(outbox().claim("b", retryAt, LEASE, 10)));
    assertTrue(outbox().failed(m.id(), "b", "x".repeat(5000), Optional.empty(), retryAt));
    OutboxMessage parked = outbox().find(m.id()).orElseThrow();
    assertEquals(Optional.of(retryAt), parked.parkedAt());
    assertEquals(2, parked.attempts());
    assertEquals(OutboxMessage.MAX_ERROR, parked.lastError().orElseThrow().length(), "a long error is cut");
    assertEquals(List.of(parked), outbox().parked(10));
    assertEquals(List.of(), outbox().claim("c", retryAt.plusSeconds(3600), LEASE, 10), "a parked row waits");
    assertTrue(outbox().retry(m.id(), retryAt.plusSeconds(3600)));
    assertFalse(outbox().retry(m.id(), retryAt.plusSeconds(3600)), "no longer parked");
    assertEquals(List.of(), outbox().parked(10));
    List<OutboxMessage> again = outbox().claim("c", retryAt.plusSeconds(3600), LEASE, 10);
    assertEquals(List.of(m.id()), ids(again));
    assertEquals(0, again.get(0).attempts(), "counted from zero again");
  }

  @Test
  public void aRoundHoldsItsRowsFromOtherClaimantsWhileItSendsThem() throws Exception {
    List<OutboxMessage> all = added(6, T0);
    Instant now = T0.plusSeconds(1);
    List<UUID> sent = new ArrayList<>();
    List<UUID> others = new ArrayList<>();
    ExecutorService other = Executors.newSingleThreadExecutor(); // not the round's thread, nor its transaction
    try {
      int deleted = outbox().round("a", now, LEASE, 4, claimed -> {
        sent.addAll(ids(claimed));
        for (OutboxMessage m : claimed) {
          assertEquals(Optional.of("a"), m.claimedBy());
          Instant until = m.leaseUntil().orElseThrow();
          assertTrue(until.isAfter(now) && !until.isAfter(now.plus(LEASE)), "held for at most the lease: " + until);
        }
        others.addAll(ids(get(other.submit(() -> outbox().claim("b", now.plusSeconds(1), LEASE, 10)))));
        return new RoundOutcome(ids(claimed), List.of());
      });
      assertEquals(ids(all).subList(0, 4), sent, "the oldest due first, no more than asked");
      assertEquals(ids(all).subList(4, 6), others, "the other claimant took only the rows the round had not");
      assertEquals(4, deleted, "the round's rows delivered and deleted");
      assertEquals(2, outbox().size());
      for (OutboxMessage m : all.subList(4, 6)) {
        assertEquals(Optional.of("b"), outbox().find(m.id()).orElseThrow().claimedBy(), "still the other's");
      }
    } finally {
      other.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  public void aRoundRecordsWhatItsSendingReturnsAndReleasesTheRest() {
    List<OutboxMessage> all = added(4, T0);
    Instant now = T0.plusSeconds(1);
    Instant retryAt = now.plusSeconds(30);
    int deleted = outbox().round("a", now, LEASE, 10, claimed -> new RoundOutcome(List.of(all.get(0).id()), List.of(
        new RoundOutcome.Failure(all.get(1).id(), "短信网关拒收 / the SMS gateway refused", Optional.of(retryAt), now),
        new RoundOutcome.Failure(all.get(2).id(), "y".repeat(5000), Optional.empty(), now))));
    assertEquals(1, deleted);
    assertEquals(Optional.empty(), outbox().find(all.get(0).id()), "delivered, deleted");
    OutboxMessage retried = outbox().find(all.get(1).id()).orElseThrow();
    assertEquals(1, retried.attempts());
    assertEquals(Optional.of("短信网关拒收 / the SMS gateway refused"), retried.lastError());
    assertEquals(retryAt, retried.nextAttemptAt());
    assertEquals(Optional.empty(), retried.parkedAt());
    OutboxMessage parked = outbox().find(all.get(2).id()).orElseThrow();
    assertEquals(Optional.of(now), parked.parkedAt());
    assertEquals(OutboxMessage.MAX_ERROR, parked.lastError().orElseThrow().length(), "a long error is cut");
    assertEquals(List.of(parked), outbox().parked(10));
    OutboxMessage untried = outbox().find(all.get(3).id()).orElseThrow();
    assertEquals(0, untried.attempts());
    assertEquals(Optional.empty(), untried.lastError());
    assertEquals(List.of(), outbox().claim("b", retryAt.minusMillis(1), Duration.ofMillis(1), 10).stream()
        .filter(m -> m.id().equals(all.get(1).id())).toList(), "not before its retry");
    Instant afterLease = retryAt.plus(LEASE);
    assertEquals(List.of(all.get(3).id(), all.get(1).id()), ids(outbox().claim("c", afterLease, LEASE, 10)),
        "the untried row back by the end of the lease at the latest, the failed one after its retry");
  }

  @Test
  public void aRoundWhoseSendingThrowsRecordsNothingAndItsRowsComeBackByTheEndOfTheLease() {
    List<OutboxMessage> all = added(3, T0);
    Instant now = T0.plusSeconds(1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> outbox().round("a", now, LEASE, 10,
        claimed -> {
          throw new IllegalStateException("the host stopped the round");
        }));
    assertEquals("the host stopped the round", e.getMessage());
    assertEquals(3, outbox().size());
    for (OutboxMessage m : all) {
      OutboxMessage after = outbox().find(m.id()).orElseThrow();
      assertEquals(0, after.attempts());
      assertEquals(Optional.empty(), after.lastError());
      assertEquals(Optional.empty(), after.parkedAt());
    }
    assertEquals(ids(all), ids(outbox().claim("b", now.plus(LEASE).plusMillis(1), LEASE, 10)));
  }

  @Test
  public void claimsTakeTheOldestDueFirstAndNoMoreThanAsked() {
    List<OutboxMessage> all = added(5, T0);
    List<OutboxMessage> first = outbox().claim("a", T0.plusSeconds(1), LEASE, 3);
    assertEquals(ids(all).subList(0, 3), ids(first));
    assertEquals(ids(all).subList(3, 5), ids(outbox().claim("b", T0.plusSeconds(1), LEASE, 3)));
    assertEquals(List.of(), outbox().claim("c", T0.plusSeconds(1), LEASE, 3));
    OutboxMessage later = added(1, T0.plusSeconds(10)).get(0);
    assertEquals(List.of(), outbox().claim("c", T0.plusSeconds(5), LEASE, 3), "not before it is due");
    assertEquals(List.of(later.id()), ids(outbox().claim("c", T0.plusSeconds(10), LEASE, 3)));
  }

  @Test
  public void aKeyAlreadyWaitingIsRefusedAndItsTransactionChangesNothing() {
    OutboxMessage m = added(1, T0).get(0);
    OutboxMessage again = OutboxMessage.of(UUID.randomUUID(), m.notification());
    OutboxMessage other = message(T0);
    assertThrows(RuntimeException.class, () -> store.transactions().inTransaction(() -> {
      outbox().add(List.of(other, again));
      return null;
    }));
    assertEquals(1, outbox().size());
    assertEquals(Optional.empty(), outbox().find(other.id()));
  }

  @Test
  public void textComesBackAsWrittenInAnyScriptAndLength() {
    qt().withExamples(40).forAll(Generators.notifications(UNIT)).checkAssert(n -> {
      OutboxMessage m = OutboxMessage.of(UUID.randomUUID(), n);
      store.transactions().inTransaction(() -> {
        outbox().add(List.of(m));
        return null;
      });
      assertEquals(Optional.of(m), outbox().find(m.id()));
    });
  }
}
