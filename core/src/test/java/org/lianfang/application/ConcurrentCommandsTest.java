package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.World;

/**
 * Many threads issuing commands on the same unit and on different units: nothing lost, chains intact, and an
 * auditor verifying the chains meanwhile never sees a false alarm.
 */
class ConcurrentCommandsTest {
  @Test
  void commandsFromManyThreadsAllLandAndEveryChainVerifies() throws Exception {
    World w = World.in(InMemoryStore.create());
    int threads = 6;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      boolean land = t % 2 == 0;
      UnitId unit = land ? w.land : w.planning;
      Actor leader = land ? w.landLeader : w.planningLeader;
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          RiskPointId id = w.lianfang.risks().identify(leader, RiskPointFixture.aRiskPoint(unit)
              .onPost(land ? w.approver : w.planner).described("线程" + thread + "第" + i + "条").build())
              .orElseThrow();
          w.lianfang.risks().review(leader, new ReviewRiskPoint(id, "并发审核")).orElseThrow();
          w.lianfang.risks().grade(leader, new GradeRiskPoint(id, 1 + i % 5, 1 + thread % 5, false, false))
              .orElseThrow();
        }
      }));
    }
    List<String> falseAlarms = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
    Thread verifier = new Thread(() -> {
      while (done.stream().anyMatch(f -> !f.isDone())) {
        for (UnitId unit : List.of(w.land, w.planning)) {
          org.lianfang.ledger.Verification v = w.lianfang.ledger().queries().verifyJournal(w.auditor, unit)
              .orElseThrow();
          checks.incrementAndGet();
          if (!v.intact()) {
            falseAlarms.add(v.toString());
          }
        }
      }
    });
    verifier.start();
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    verifier.join(TimeUnit.MINUTES.toMillis(1));
    pool.shutdown();
    assertTrue(checks.get() > 0, "the verifier ran while the writers wrote");
    assertEquals(List.of(), falseAlarms, "verification during writes must not report tampering");
    for (UnitId unit : List.of(w.land, w.planning)) {
      List<RiskPoint> points = w.lianfang.risks().queries().riskPoints(w.auditor, unit);
      assertEquals(threads / 2 * perThread, points.size());
      assertEquals(points.size(), new HashSet<>(points.stream().map(RiskPoint::code).toList()).size(),
          "codes stay unique under concurrency");
      assertTrue(points.stream().allMatch(p -> p.grading().isPresent() && p.history().size() == 1));
      assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, unit).orElseThrow().intact());
    }
  }
}
