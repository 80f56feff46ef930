package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.application.monitoring.IssueWarning;
import org.lianfang.application.monitoring.ReplyInput;
import org.lianfang.application.monitoring.WarningStep;
import org.lianfang.memory.InMemoryNotificationSender;
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.DispatchReport;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.NotificationSender;

/**
 * Notifications that are never lost (issue 12, ARCHITECTURE.md decision 4) as scenarios on a {@link World}, run on
 * the in-memory store and on every database: what a change raises is in the outbox with the change, and only then;
 * a dispatcher delivers each row once to a sender that takes it, retries one that throws or hangs with backoff, parks a
 * poison row after its last attempt without holding up the rest, and two dispatchers racing deliver each row once.
 */
public final class NotificationScenarios {
  private NotificationScenarios() {}

  /** A policy for tests: short timeouts and delays, three attempts, no jitter. */
  public static final DispatchPolicy QUICK = new DispatchPolicy(50, Duration.ofMinutes(5), Duration.ofMillis(300), 3,
      Duration.ofSeconds(10), Duration.ofMinutes(1), 0);

  private static IssueWarning reminder(World w) {
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    return WarningScenarios.reminder(w, point, liu);
  }

  /**
   * Decision 4: issuing a warning writes its notifications with it — to the official warned and the unit's leaders,
   * who, what, why and a link, in Chinese and English; a refused command writes none, and a reply tells the
   * discipline body.
   *
   * @param w a world
   */
  public static void d4_aChangeAndItsNotificationsCommitTogether(World w) {
    IssueWarning c = reminder(w);
    assertFalse(w.lianfang.monitoring().issueWarning(w.landLeader, c).isAccepted(), "refused: not the discipline body");
    assertEquals(0, w.store.outbox().size(), "a refused command raises nothing");
    WarningId id = w.lianfang.monitoring().issueWarning(w.inspector, c).orElseThrow();
    List<Notification> raised = waiting(w);
    assertEquals(Set.of(Recipients.official(w.zhao), Recipients.unitLeaders(w.land)),
        raised.stream().map(Notification::recipient).collect(Collectors.toSet()));
    for (Notification n : raised) {
      assertEquals("warning.issued", n.kind());
      assertEquals("warning/" + id, n.link());
      assertEquals(w.land, n.unitId());
      assertTrue(n.subjectZh().contains(c.number()) && n.subjectEn().contains(c.number()), n.toString());
      assertTrue(n.bodyZh().contains("2010-09-07") && n.bodyEn().contains("2010-09-07"), "the reply's deadline");
      assertTrue(n.bodyZh().contains(c.facts()), "why");
    }
    w.lianfang.monitoring().stepWarning(w.landLeader, WarningStep.acknowledge(id)).orElseThrow();
    assertEquals(2, w.store.outbox().size(), "an acknowledgement tells no one");
    w.lianfang.monitoring().stepWarning(w.landLeader, WarningStep.reply(id, new ReplyInput("剖析", "承诺", "措施")))
        .orElseThrow();
    assertEquals(List.of(Recipients.disciplineBody(w.land)), waiting(w).stream()
        .filter(n -> n.kind().equals("warning.replied")).map(Notification::recipient).toList());
  }

  private static List<Notification> waiting(World w) {
    return w.store.outbox().claim("peek", w.clock.instant().plusSeconds(86_400 * 365), Duration.ofMillis(1), 1000)
        .stream().map(OutboxMessage::notification).toList();
  }

  /**
   * Decision 4: a dispatcher delivers every row once and empties the outbox; the sender throws once for a row, which
   * is tried again after its delay and delivered with the same key; a send that hangs past the timeout counts as a
   * failure and the next row still goes.
   *
   * @param w a world
   */
  public static void d4_aFailedOrHungSendIsRetriedWithItsKeyAndTheRestGoOn(World w) {
    IssueWarning c = reminder(w);
    for (int i = 0; i < 3; i++) {
      w.lianfang.monitoring().issueWarning(w.inspector, Copies.with(c, "number", "昆纪预〔2010〕" + i + "号"))
          .orElseThrow();
    }
    List<String> keys = w.store.outbox().claim("peek", w.clock.instant(), Duration.ofMillis(1), 100).stream()
        .map(m -> m.notification().idempotencyKey()).sorted().toList();
    w.clock.advance(Duration.ofSeconds(1));
    Map<String, Integer> attempts = new HashMap<>();
    InMemoryNotificationSender inbox = new InMemoryNotificationSender();
    CountDownLatch hung = new CountDownLatch(1);
    NotificationSender flaky = n -> {
      int k;
      synchronized (attempts) {
        k = attempts.merge(n.idempotencyKey(), 1, Integer::sum);
      }
      if (n.idempotencyKey().equals(keys.get(0)) && k == 1) {
        throw new IllegalStateException("SMS 网关拒绝 / gateway refused");
      }
      if (n.idempotencyKey().equals(keys.get(1)) && k == 1) {
        try {
          hung.await(); // hangs until the dispatcher gives up on it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      inbox.send(n);
    };
    try (Dispatcher d = w.lianfang.dispatcher(flaky, QUICK)) {
      DispatchReport first = d.dispatchOnce();
      assertEquals(new DispatchReport(6, 4, 2, 0, 0), first, "one threw, one hung; the other four went");
      OutboxMessage failed = w.store.outbox().find(idOf(w, keys.get(0))).orElseThrow();
      assertEquals(1, failed.attempts());
      assertTrue(failed.lastError().orElseThrow().contains("gateway refused"));
      assertTrue(w.store.outbox().find(idOf(w, keys.get(1))).orElseThrow().lastError().orElseThrow()
          .contains("longer than"), "the timeout applied");
      assertEquals(DispatchReport.NONE, d.dispatchOnce(), "not before the retry's delay");
      w.clock.advance(QUICK.firstRetry());
      assertEquals(new DispatchReport(2, 2, 0, 0, 0), d.dispatchOnce());
      assertEquals(0, d.waiting());
    } finally {
      hung.countDown();
    }
    assertEquals(keys, inbox.delivered().stream().map(Notification::idempotencyKey).sorted().toList(),
        "every key delivered once, the retried ones with the key they had");
  }

  private static java.util.UUID idOf(World w, String key) {
    return java.util.UUID.fromString(key.substring("lianfang:".length()));
  }

  /**
   * Decision 4: a poison notification, which the sender always refuses, is parked after the policy's last attempt
   * while the others are delivered; the dead letter is listed with its error and, once retried, delivered.
   *
   * @param w a world
   */
  public static void d4_aPoisonNotificationParksWithoutHoldingUpTheRest(World w) {
    w.lianfang.monitoring().issueWarning(w.inspector, reminder(w)).orElseThrow();
    String poison = Recipients.official(w.zhao);
    InMemoryNotificationSender inbox = new InMemoryNotificationSender();
    boolean[] fixed = new boolean[1];
    NotificationSender sender = n -> {
      if (n.recipient().equals(poison) && !fixed[0]) {
        throw new IllegalArgumentException("no such mobile number");
      }
      inbox.send(n);
    };
    try (Dispatcher d = w.lianfang.dispatcher(sender, QUICK)) {
      assertEquals(new DispatchReport(2, 1, 1, 0, 0), d.dispatchOnce());
      assertEquals(List.of(Recipients.unitLeaders(w.land)), recipients(inbox), "the rest is not held up");
      w.clock.advance(Duration.ofSeconds(10));
      assertEquals(new DispatchReport(1, 0, 1, 0, 0), d.dispatchOnce());
      w.clock.advance(Duration.ofSeconds(20));
      assertEquals(new DispatchReport(1, 0, 0, 1, 0), d.dispatchOnce(), "parked after the third attempt");
      w.clock.advance(Duration.ofDays(1));
      assertEquals(DispatchReport.NONE, d.dispatchOnce(), "a dead letter waits for an operator");
      List<OutboxMessage> dead = d.deadLetters(10);
      assertEquals(1, dead.size());
      assertEquals(poison, dead.get(0).notification().recipient());
      assertEquals(3, dead.get(0).attempts());
      assertTrue(dead.get(0).lastError().orElseThrow().contains("no such mobile number"));
      fixed[0] = true;
      assertTrue(d.retry(dead.get(0).id()));
      assertEquals(new DispatchReport(1, 1, 0, 0, 0), d.dispatchOnce());
      assertEquals(List.of(), d.deadLetters(10));
    }
    assertEquals(2, inbox.delivered().size());
  }

  private static List<String> recipients(InMemoryNotificationSender inbox) {
    return inbox.delivered().stream().map(Notification::recipient).toList();
  }

  /**
   * Decision 4: two dispatchers of two instances race over the same store; every notification is delivered, and
   * none twice, although the sender here does not deduplicate.
   *
   * @param w a world
   * @param warnings how many warnings to issue (two notifications each)
   * @throws Exception if a dispatcher fails
   */
  public static void d4_twoDispatchersRacingDeliverEachNotificationOnce(World w, int warnings) throws Exception {
    IssueWarning c = reminder(w);
    for (int i = 0; i < warnings; i++) {
      w.lianfang.monitoring().issueWarning(w.inspector, Copies.with(c, "number", "昆纪预〔2010〕" + i + "号"))
          .orElseThrow();
    }
    Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();
    NotificationSender counting = n -> counts.merge(n.idempotencyKey(), 1, Integer::sum);
    DispatchPolicy small = new DispatchPolicy(7, Duration.ofMinutes(5), Duration.ofSeconds(5), 3,
        Duration.ofSeconds(10), Duration.ofMinutes(1), 0.5);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Dispatcher a = w.lianfang.dispatcher(counting, small); Dispatcher b = w.lianfang.dispatcher(counting, small)) {
      List<Future<DispatchReport>> runs = new ArrayList<>();
      for (Dispatcher d : List.of(a, b)) {
        runs.add(pool.submit(() -> d.drain(10_000)));
      }
      int delivered = 0;
      for (Future<DispatchReport> f : runs) {
        delivered += f.get(120, TimeUnit.SECONDS).delivered();
      }
      assertEquals(2 * warnings, delivered);
      assertEquals(0, a.waiting());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2 * warnings, counts.size(), "every notification delivered");
    assertEquals(Optional.empty(), counts.values().stream().filter(n -> n != 1).findAny(), "none twice");
  }
}
