package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
 * when PROMPT's point is reached or a second past YELLOW's (the case's or its step's under way) and RED's, and there is
 * one exactly while the case runs short of RED; a step's own limit only ever adds YELLOW.
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
          Optional<SupervisionSignal> justBefore = c.signalAt(next.get().minusSeconds(1), TIME, ZONE, POLICY);
          Optional<SupervisionSignal> floor = java.util.stream.Stream.of(c.signalAt(now, TIME, ZONE, POLICY),
              c.life().signal()).flatMap(Optional::stream).max(SupervisionSignal::compareTo);
          assertTrue(!next.get().minusSeconds(1).isAfter(now) || justBefore.isEmpty()
              || floor.map(f -> justBefore.get().compareTo(f) <= 0).orElse(false),
              "the earliest: a second before it, nothing above what was reached or raised has risen");
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
          Duration elapsed = c.elapsed(next.get(), TIME, ZONE);
          Duration expected = then == SupervisionSignal.PROMPT ? threshold : threshold.plusSeconds(1);
          if (then == SupervisionSignal.YELLOW && !elapsed.equals(expected)) { // the step under way ran out first
            CaseLife.Step current = c.life().steps().get(c.life().steps().size() - 1);
            assertEquals(current.limit().orElseThrow().plusSeconds(1), stepElapsed(c, current, next.get()),
                "YELLOW a second past the case's limit or the step's under way");
          } else {
            assertEquals(expected, elapsed, "PROMPT when its point is reached, YELLOW and RED a second past");
          }
        });
  }

  /**
   * P-20, stated on its own terms: a case has reached YELLOW or more exactly when its working time has passed its
   * limit or some step with a limit of its own has run past it — until the next step, the completion or the instant,
   * pauses left out — and that holds at any instant, behind or ahead of what the host reported.
   */
  @Test
  void p20_yellowOrMoreExactlyWhenTheCaseOrAStepIsOverdue() {
    qt().forAll(MonitoringGenerators.supervisionCases(UNIT), integers().between(0, 30 * 24 * 60))
        .checkAssert((c, minutes) -> {
          Instant now = c.terms().started().plusSeconds(minutes * 60L);
          List<CaseLife.Step> steps = c.life().steps();
          boolean stepOverdue = false;
          for (int i = 0; i < steps.size(); i++) {
            CaseLife.Step st = steps.get(i);
            if (st.limit().isPresent() && !st.at().isAfter(now)) {
              Instant end = i + 1 < steps.size() ? steps.get(i + 1).at() : c.life().completed().orElse(now);
              stepOverdue |= stepElapsed(c, st, end.isBefore(now) ? end : now).compareTo(st.limit().get()) > 0;
            }
          }
          boolean caseOverdue = c.elapsed(now, TIME, ZONE).compareTo(c.terms().limit()) > 0;
          boolean yellowOrMore = c.signalAt(now, TIME, ZONE, POLICY)
              .map(sig -> sig.compareTo(SupervisionSignal.YELLOW) >= 0).orElse(false);
          assertEquals(caseOverdue || stepOverdue, yellowOrMore, "case overdue " + caseOverdue + ", a step "
              + stepOverdue);
        });
  }

  /**
   * A tick behind what the host reported (its instant before the last step, pause or completion) still comes back:
   * later than its instant, and by then the case has risen above what it had reached at the tick's instant.
   */
  @Test
  void p20_aTickBehindTheHostsReportsStillComesBack() {
    qt().forAll(MonitoringGenerators.supervisionCases(UNIT), integers().between(0, 100)).checkAssert((c, percent) -> {
      Instant last = c.life().lastReported().orElse(c.terms().started());
      Instant now = c.terms().started().plusMillis(Duration.between(c.terms().started(), last).toMillis() * percent
          / 100);
      Optional<Instant> next = c.nextSignalAt(now, TIME, ZONE, POLICY);
      if (next.isEmpty()) {
        return;
      }
      assertTrue(next.get().isAfter(now), "later than now");
      SupervisionSignal then = c.signalAt(next.get(), TIME, ZONE, POLICY).orElseThrow();
      assertTrue(c.signalAt(now, TIME, ZONE, POLICY).map(b -> then.compareTo(b) > 0).orElse(true), "risen by then");
    });
  }

  /**
   * P-20: a step's own limit only ever adds YELLOW — the same case without its steps' limits reaches the same signal,
   * or a lower one where a step ran out (then YELLOW) — and it never changes what RED is.
   */
  @Test
  void p20_aStepsLimitOnlyEverAddsYellow() {
    qt().forAll(MonitoringGenerators.supervisionCases(UNIT), integers().between(0, 30 * 24 * 60))
        .checkAssert((c, minutes) -> {
          Instant now = c.life().last().orElse(c.terms().started()).plusSeconds(minutes * 60L);
          CaseLife l = c.life();
          SupervisionCase plain = SupervisionCase.restore(c.id(), c.unitId(), c.terms(), new CaseLife(l.steps().stream()
              .map(st -> new CaseLife.Step(st.name(), st.at())).toList(), l.pauses(), l.pausedSince(), l.completed(),
              l.signals()), c.version());
          Optional<SupervisionSignal> with = c.signalAt(now, TIME, ZONE, POLICY);
          Optional<SupervisionSignal> without = plain.signalAt(now, TIME, ZONE, POLICY);
          if (!with.equals(without)) {
            assertEquals(Optional.of(SupervisionSignal.YELLOW), with, "a step's limit raises YELLOW, nothing else");
            assertTrue(without.map(w -> w.compareTo(SupervisionSignal.YELLOW) < 0).orElse(true), without.toString());
            assertTrue(c.stepOverdue(now, TIME, ZONE).isPresent(), "only where a step ran out");
          }
        });
  }

  /** @return the working time from the step until then, leaving out the pauses ended and the one under way */
  private static Duration stepElapsed(SupervisionCase c, CaseLife.Step step, Instant until) {
    List<WorkingTime.Pause> pauses = new java.util.ArrayList<>(c.life().pauses().stream().map(p -> new WorkingTime
        .Pause(LocalDateTime.ofInstant(p.from(), ZONE), LocalDateTime.ofInstant(p.to(), ZONE))).toList());
    c.life().pausedSince().filter(since -> !since.isAfter(until)).ifPresent(since -> pauses.add(new WorkingTime.Pause(
        LocalDateTime.ofInstant(since, ZONE), LocalDateTime.ofInstant(until, ZONE))));
    return TIME.between(LocalDateTime.ofInstant(step.at(), ZONE), LocalDateTime.ofInstant(until, ZONE), pauses);
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
