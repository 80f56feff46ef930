package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.testing.MonitoringGenerators;

/**
 * A case under electronic supervision (issue 12, P-20) under random sequences: every action, allowed or not, is tried;
 * the case takes exactly the steps {@link CaseTransitions} allows; and while its clock runs, the instant the tick is
 * told to come back ({@link SupervisionCase#nextSignalAt}) is later than now, the signal has risen by then, exactly
 * when PROMPT's point is reached or a second past YELLOW's and RED's, and there is one exactly while the case runs
 * short of RED.
 */
class SupervisionCasePropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("0190a5e0-0000-7000-8000-000000000001"));
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final WorkingTime TIME = MonitoringGenerators.weekdays();
  private static final SignalPolicy POLICY = SignalPolicy.standard(WorkingHours.standard());

  @Test
  void p20_aCaseTakesExactlyTheStepsTheTableAllows() {
    qt().forAll(MonitoringGenerators.supervisionCases(UNIT), lists().of(arbitrary().enumValues(CaseAction.class))
        .ofSizeBetween(0, 12), integers().between(0, 5000)).checkAssert((c, actions, minutes) -> {
          SupervisionCase k = c;
          for (CaseAction a : actions) {
            Instant at = k.life().last().orElse(k.terms().started()).plusSeconds(minutes * 60L);
            Optional<CaseState> to = CaseTransitions.target(k.state(), a);
            Outcome<Change<SupervisionCase>> out = k.act(a, at, a == CaseAction.STEP ? Optional.of("环节")
                : Optional.empty());
            assertEquals(to.isPresent(), out.isAccepted(), k.state() + " " + a);
            if (to.isPresent()) {
              k = out.orElseThrow().after();
              assertEquals(to.get(), k.state());
            }
          }
        });
  }

  @Test
  void p20_theTickComesBackWhenTheNextSignalHasJustRisen() {
    qt().forAll(MonitoringGenerators.supervisionCases(UNIT), integers().between(0, 30 * 24 * 60))
        .checkAssert((c, minutes) -> {
          Instant now = c.life().last().orElse(c.terms().started()).plusSeconds(minutes * 60L);
          Optional<Instant> next = c.nextSignalAt(now, TIME, ZONE, POLICY);
          Optional<SupervisionSignal> reached = c.signalAt(now, TIME, ZONE, POLICY);
          boolean red = reached.equals(Optional.of(SupervisionSignal.RED))
              || c.life().signal().equals(Optional.of(SupervisionSignal.RED));
          assertEquals(c.state() == CaseState.RUNNING && !red, next.isPresent(),
              "a running case short of RED has a next signal, and only it");
          if (next.isEmpty()) {
            return;
          }
          assertTrue(next.get().isAfter(now), "later than now");
          SupervisionSignal then = c.signalAt(next.get(), TIME, ZONE, POLICY).orElseThrow();
          Optional<SupervisionSignal> before = c.signalAt(now, TIME, ZONE, POLICY);
          assertTrue(before.map(b -> then.compareTo(b) > 0).orElse(true), "risen by then: " + before + " " + then);
          Duration limit = c.terms().limit();
          Duration threshold = switch (then) {
            case PROMPT -> limit.compareTo(POLICY.promptBefore()) > 0 ? limit.minus(POLICY.promptBefore())
                : Duration.ZERO;
            case YELLOW -> limit;
            case RED -> limit.plus(POLICY.redAfter());
          };
          assertEquals(then == SupervisionSignal.PROMPT ? threshold : threshold.plusSeconds(1),
              c.elapsed(next.get(), TIME, ZONE), "PROMPT when its point is reached, YELLOW and RED a second past");
        });
  }

  @Test
  void p20_whatTheHostReportsLateIsTakenThoughATickRecordedASignalSince() {
    qt().forAll(MonitoringGenerators.supervisionCases(UNIT), integers().between(1, 600)).checkAssert((c, minutes) -> {
      if (c.state() == CaseState.COMPLETED) {
        return;
      }
      Instant reported = c.life().lastReported().orElse(c.terms().started());
      Instant recorded = c.life().last().orElse(c.terms().started()).plusSeconds(minutes * 60L);
      SupervisionCase signalled = c.life().signal().orElse(null) == SupervisionSignal.RED ? c
          : c.raise(SupervisionSignal.RED, recorded, Optional.empty()).orElseThrow().after();
      assertTrue(signalled.act(CaseAction.COMPLETE, reported, Optional.empty()).isAccepted(),
          "a completion at the last instant the host reported, before the signal was recorded");
      if (reported.isAfter(c.terms().started())) {
        assertTrue(!signalled.act(CaseAction.COMPLETE, reported.minusSeconds(1), Optional.empty()).isAccepted(),
            "but never before it");
      }
    });
  }
}
