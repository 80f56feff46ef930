package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.World;

/**
 * Many threads issuing commands on the same unit and on different units of a real database: every accepted command
 * lands exactly once, no update is lost, a conflict the runner's own attempts did not resolve is reported (as a
 * retryable StaleAggregateException), and the journal verifies afterwards; on each test database and on the sharded
 * cluster, where each command's transaction is one server's (issue 16).
 */
class ConcurrentCommandsOnJdbcTest {
  private static <T> T retrying(Supplier<Outcome<T>> command, AtomicInteger conflicts) {
    while (true) {
      try {
        return command.get().orElseThrow();
      } catch (org.lianfang.ConflictException conflict) {
        conflicts.incrementAndGet();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void commandsFromManyThreadsLandOnceAndTheChainsVerify(Supplier<JdbcStore> store) throws Exception {
    World w = World.in(store.get());
    int threads = 4;
    int perThread = 12;
    AtomicInteger conflicts = new AtomicInteger();
    RiskPointId shared = w.published(w.aPointOnApprover().described("共享的风险点").build());
    ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      boolean land = t % 2 == 0;
      UnitId unit = land ? w.land : w.planning;
      Actor leader = land ? w.landLeader : w.planningLeader;
      int thread = t;
      done.add(pool.submit(() -> {
        for (int n = 0; n < perThread; n++) {
          int i = n;
          String text = "线程" + thread + "第" + i + "条 𠮷";
          RiskPointId id = retrying(() -> w.lianfang.risks().identify(leader, RiskPointFixture.aRiskPoint(unit)
              .onPost(land ? w.approver : w.planner).described(text).build()), conflicts);
          retrying(() -> w.lianfang.risks().grade(leader, new GradeRiskPoint(id, 1 + i % 5, 2, false, false)),
              conflicts);
        }
      }));
    }
    // Two more threads comment on one published point against each other: each comment reads the point, appends to its
    // list and writes it back — the classic lost-update race, which only the version check keeps from dropping one.
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    for (int t = 0; t < 2; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 10; i++) {
          try {
            w.lianfang.risks().comment(w.visitor, new org.lianfang.application.risk.CommentOnNotice(shared,
                "线程" + thread + "意见" + i)).orElseThrow();
            accepted.incrementAndGet();
          } catch (StaleAggregateException conflict) {
            lost.incrementAndGet();
          }
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(3, TimeUnit.MINUTES);
    }
    pool.shutdown();

    for (UnitId unit : List.of(w.land, w.planning)) {
      List<RiskPoint> points = w.lianfang.risks().queries().riskPoints(w.auditor, unit);
      int expected = threads / 2 * perThread + (unit.equals(w.land) ? 1 : 0);
      assertEquals(expected, points.size(), "every identification landed once");
      assertEquals(points.size(), new HashSet<>(points.stream().map(RiskPoint::code).toList()).size());
      assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, unit).orElseThrow().intact());
    }
    RiskPoint contended = w.lianfang.risks().queries().riskPoint(w.auditor, shared).orElseThrow();
    assertEquals(accepted.get(), contended.notice().orElseThrow().comments().size(),
        "every accepted comment is kept: none was overwritten by a concurrent one");
    long commented = w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 100_000).orElseThrow().stream()
        .filter(e -> e.eventType().equals("risk.commented") && e.payload().contains(shared.toString())).count();
    assertEquals(accepted.get(), commented, "the journal records exactly the accepted comments");
    assertEquals(20, accepted.get() + lost.get(), "every attempt was accepted or reported as a conflict");
  }

  /**
   * Identifications in one unit from several threads at once never take the same code: the next number is taken by
   * moving the unit's counter row, which holds a second identification until the first ends (issue 9; a count of the
   * unit's points, read before anything was locked, gave two of them the same code and one failed). On the server
   * databases, whose lock waits outlast these short commands; H2's lock timeout of one second may report a wait on a
   * busy machine as a retryable conflict, which is the contract too.
   */
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#onServers")
  void identificationsInOneUnitAtOnceTakeDistinctCodesWithoutConflict(Supplier<JdbcStore> store) throws Exception {
    World w = World.in(store.get());
    w.draft(w.aPointOnApprover().described("第一个编号").build());
    int threads = 4;
    int perThread = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
    List<Future<List<RiskPointId>>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        List<RiskPointId> ids = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
          ids.add(w.draft(w.aPointOnApprover().described("同时识别 " + thread + "-" + i).build()));
        }
        return ids;
      }));
    }
    int identified = 0;
    for (Future<List<RiskPointId>> f : done) {
      identified += f.get(3, TimeUnit.MINUTES).size();
    }
    pool.shutdown();
    List<RiskPoint> points = w.lianfang.risks().queries().riskPoints(w.auditor, w.land);
    assertEquals(threads * perThread, identified, "every identification was accepted at its first attempt");
    assertEquals(points.size(), new HashSet<>(points.stream().map(RiskPoint::code).toList()).size(),
        "no two points share a code");
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
  }
}
