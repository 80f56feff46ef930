package org.lianfang.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.grading.PolicyVersion;

/**
 * A unit's year (S-16, P-3, P-5, P-14, P-21): its phases left in order, never before a phase's window begins or
 * before the step before; each guard refuses exactly what the year's rules forbid on what the records held; a closed
 * year refuses every step; a year is opened only while it is not over, and no more than a year ahead.
 */
class AnnualCyclePropertyTest {
  private static final Year YEAR = Year.of(2010);
  private static final CycleTimetable PILOT = CycleTimetable.pilot(YEAR);
  private static final PolicyVersion SOME = new PolicyVersion("some", "1", "");
  private static final CyclePolicies POLICIES = new CyclePolicies(SOME, SOME, SOME, SOME,
      StandardCyclePolicy.pilot().version());

  /**
   * A cycle of 2010 that has left its first {@code left} phases, each on the day its window began, clean; past
   * self-assessment and revision, with a revision posted from the day measures were left (10-21) to the day it left
   * (12-11).
   */
  private static AnnualCycle at(int left, CycleRules rules) {
    List<CycleFigures> steps = new ArrayList<>();
    for (int k = 0; k < left; k++) {
      steps.add(new CycleFigures(PILOT.window(CyclePhase.WORKING.get(k)).from(), 0, 0, 0, 0));
    }
    Optional<RevisionNotice> posted = left > CyclePhase.REVISION.ordinal()
        ? Optional.of(notice(PILOT.window(CyclePhase.REVISION).from())) : Optional.empty();
    return AnnualCycle.restore(new AnnualCycleId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
        LocalDate.of(2010, 8, 14), PILOT, rules, POLICIES, steps, posted, 1);
  }

  /** A revision posted on 10-21, the day measures were left in {@link #at}, its notice ending the day before end. */
  private static RevisionNotice notice(LocalDate end) {
    return new RevisionNotice(PILOT.window(CyclePhase.MEASURES).from(), end, "局机关内网及公示栏", 2, 1, 0,
        "ab".repeat(32), Z);
  }

  /** A digest of nothing in particular: the domain keeps a notice's digests, the application compares them. */
  private static final String Z = "0".repeat(64);

  private static CycleRules rules(int bits) {
    return new CycleRules((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
  }

  @Test
  void s16_p3_p5_p14_p21_p26_eachGuardRefusesExactlyWhatTheYearsRulesForbid() {
    qt().forAll(integers().between(0, 5), integers().between(0, 47), integers().between(0, 255),
        integers().between(0, 30)).checkAssert((left, bits, counts, late) -> {
          CycleRules r = rules(bits);
          AnnualCycle c = at(left, r);
          CyclePhase phase = c.phase();
          // in self-assessment and revision: none posted (0), posted with its notice over on the day (1), or not (2);
          // in summary and acceptance: the one posted in revision (0, 1), or posted again that day, its notice running
          int notice = bits >> 4;
          LocalDate day = PILOT.window(phase).from().plusDays(late);
          RegisterDiff none = new RegisterDiff(Year.of(2009), List.of());
          if (phase == CyclePhase.REVISION && notice > 0) {
            c = c.post(notice(notice == 1 ? day : day.plusDays(1 + late % 4)), none).orElseThrow().after();
          }
          if (phase == CyclePhase.ACCEPTANCE && notice == 2) {
            c = c.post(new RevisionNotice(day, day.plusDays(1 + late % 4), "公示栏", 1, 0, 0, Z, Z), none)
                .orElseThrow().after();
          }
          int stale = counts & 3;
          int unconfirmed = counts >> 2 & 3;
          int gaps = counts >> 4 & 3;
          int open = counts >> 6 & 3;
          CycleFigures f = new CycleFigures(day, stale, unconfirmed, gaps, open);
          // the rules as DOMAIN.md states them: identification closes on settled points (P-3, P-5), measures on
          // full coverage (P-14), revision once its changes are posted and the notice is over (P-5, P-26), the year
          // on no stale point (P-3) and no item left open (P-21)
          boolean forbidden = switch (phase) {
            case IDENTIFICATION -> r.pointsSettled() && (stale > 0 || unconfirmed > 0);
            case MEASURES -> r.noCoverageGaps() && gaps > 0;
            case REVISION -> r.revisionPosted() && notice != 1;
            case ACCEPTANCE -> r.pointsSettled() && stale > 0 || r.itemsSettled() && open > 0
                || r.revisionPosted() && notice == 2;
            default -> false;
          };
          assertEquals(forbidden, c.refusal(f).isPresent(), phase + " " + r + " " + f);
          if (forbidden) {
            Refusal why = c.advance(f).whyRefused().orElseThrow();
            assertEquals(Refusal.Code.RULE_VIOLATED, why.code());
            assertTrue(why.messageZh().contains(phase.chinese()) && why.messageEn().contains(phase.code()),
                why::messageEn);
          } else {
            AnnualCycle before = c;
            Change<AnnualCycle> next = c.advance(f).orElseThrow();
            assertEquals(phase.next().orElseThrow(), next.after().phase());
            assertEquals(List.of(new CycleEvent.Advanced(c.unitId(), c.id(), phase, next.after().phase(), f)),
                next.events());
            assertEquals(before.revision(), next.after().revision(), "a step keeps the revision posted");
          }
        });
  }

  @Test
  void s16_aYearLeavesItsSixPhasesInOrderThenClosesAndRefusesEveryStep() {
    qt().forAll(integers().between(0, 15), integers().between(0, 40)).checkAssert((bits, late) -> {
      AnnualCycle c = at(0, rules(bits));
      List<CyclePhase> seen = new ArrayList<>(List.of(c.phase()));
      List<String> types = new ArrayList<>();
      LocalDate last = c.opened();
      while (c.phase() != CyclePhase.CLOSED) {
        LocalDate begins = PILOT.window(c.phase()).from();
        LocalDate day = (last.isAfter(begins) ? last : begins).plusDays(late % 3);
        if (c.phase() == CyclePhase.REVISION) {
          c = c.post(new RevisionNotice(last, day, "公示栏", 0, 0, 0, Z, Z), new RegisterDiff(Year.of(2009),
              List.of())).orElseThrow().after();
          types.add("posted");
        }
        Change<AnnualCycle> next = c.advance(new CycleFigures(day, 0, 0, 0, 0)).orElseThrow();
        types.add(next.events().get(0).type());
        c = next.after();
        seen.add(c.phase());
        last = day;
      }
      List<CyclePhase> all = new ArrayList<>(CyclePhase.WORKING);
      all.add(CyclePhase.CLOSED);
      assertEquals(all, seen);
      assertEquals(List.of("cycle.advanced", "cycle.advanced", "cycle.advanced", "cycle.advanced", "posted",
          "cycle.advanced", "cycle.closed"), types);
      assertEquals(6, c.steps().size());
      Refusal closed = c.advance(new CycleFigures(last.plusDays(late), 0, 0, 0, 0)).whyRefused().orElseThrow();
      assertEquals(Refusal.Code.ILLEGAL_TRANSITION, closed.code());
      assertTrue(closed.messageZh().contains("2010 年度已关闭"), closed::messageZh);
      assertTrue(!c.overdue(LocalDate.of(2011, 6, 1)), "a closed year is never overdue");
    });
  }

  @Test
  void s16_aPhaseIsNeverLeftBeforeItsWindowBeginsNorBeforeTheStepBefore() {
    qt().forAll(integers().between(1, 5), integers().between(1, 60)).checkAssert((left, early) -> {
      AnnualCycle c = at(left, CycleRules.strict());
      LocalDate begins = PILOT.window(c.phase()).from();
      Refusal before = c.advance(new CycleFigures(begins.minusDays(early), 0, 0, 0, 0)).whyRefused().orElseThrow();
      assertEquals(Refusal.Code.RULE_VIOLATED, before.code());
      assertTrue(before.messageEn().contains(begins.toString()), before::messageEn);
      assertTrue(c.overdue(PILOT.window(c.phase()).to().plusDays(early)));
      assertTrue(!c.overdue(PILOT.window(c.phase()).to()));
    });
    // identification left late, on 10-15: training, begun 10-01, cannot be left on 10-10, before that step
    AnnualCycle late = AnnualCycle.restore(new AnnualCycleId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
        LocalDate.of(2010, 8, 14), PILOT, CycleRules.strict(), POLICIES, List.of(new CycleFigures(
            LocalDate.of(2010, 8, 20), 0, 0, 0, 0), new CycleFigures(LocalDate.of(2010, 10, 15), 0, 0, 0, 0)),
        Optional.empty(), 1);
    Refusal before = late.advance(new CycleFigures(LocalDate.of(2010, 10, 10), 0, 0, 0, 0)).whyRefused()
        .orElseThrow();
    assertTrue(before.messageZh().contains("2010-10-15"), before::messageZh);
    assertTrue(late.advance(new CycleFigures(LocalDate.of(2010, 10, 15), 0, 0, 0, 0)).isAccepted());
  }

  @Test
  void s16_aYearIsOpenedWhileNotOverAndNoMoreThanAYearAhead() {
    UnitId unit = new UnitId(UUID.randomUUID());
    CycleTimetable y2011 = CycleTimetable.pilot(Year.of(2011));
    StandardCyclePolicy pilot = StandardCyclePolicy.pilot();
    Change<AnnualCycle> opened = AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit,
        LocalDate.of(2010, 12, 31), Year.of(2011), pilot, POLICIES).orElseThrow();
    assertEquals(CyclePhase.MOBILISATION, opened.after().phase());
    assertEquals(Year.of(2011), opened.after().year());
    assertEquals(List.of(new CycleEvent.Opened(unit, opened.after().id(), LocalDate.of(2010, 12, 31), y2011,
        CycleRules.strict(), POLICIES)), opened.events());
    Refusal over = AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit, LocalDate.of(2012, 1, 1),
        Year.of(2011), pilot, POLICIES).whyRefused().orElseThrow();
    Refusal ahead = AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit, LocalDate.of(2009, 12, 31),
        Year.of(2011), pilot, POLICIES).whyRefused().orElseThrow();
    for (Refusal r : List.of(over, ahead)) {
      assertEquals(Refusal.Code.INVALID_INPUT, r.code());
      assertEquals("year", r.violations().get(0).path());
    }
    assertEquals("输入有误：年度：2011 年已于 2011-12-31 结束，不能再开启（今天是 2012-01-01）", over.messageZh());
    assertEquals("invalid input: year: 2011 ended on 2011-12-31 and cannot be opened; today is 2012-01-01",
        over.messageEn());
    assertTrue(ahead.messageZh().endsWith("年度：只能开启今年或明年（今天是 2009-12-31，不能开启 2011 年）"),
        ahead::messageZh);
    assertTrue(AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit, LocalDate.of(2011, 12, 31),
        Year.of(2011), pilot, POLICIES).isAccepted(), "the year's last day");
    StandardCyclePolicy lenient = pilot.withRules(new CycleRules(false, false, false, false));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit,
        LocalDate.of(2011, 1, 4), Year.of(2011), lenient, POLICIES), "the versions name another cycle policy");
    AnnualCycle own = AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit, LocalDate.of(2011, 1, 4),
        Year.of(2011), lenient, new CyclePolicies(SOME, SOME, SOME, SOME, lenient.version())).orElseThrow().after();
    assertEquals(new CycleRules(false, false, false, false), own.rules(), "the rules are the policy's");
  }

  @Test
  void aStoredCycleIsRestoredOnlyWithItsStepsInOrder() {
    AnnualCycle c = at(3, CycleRules.strict());
    assertEquals(CyclePhase.MEASURES, c.phase());
    assertEquals(c, AnnualCycle.restore(c.id(), c.unitId(), c.opened(), c.timetable(), c.rules(), c.policies(),
        c.steps(), c.revision(), c.version()));
    // training (begun 10-01) left on 10-05, before identification was left on 10-15
    List<CycleFigures> backwards = List.of(new CycleFigures(LocalDate.of(2010, 8, 14), 0, 0, 0, 0),
        new CycleFigures(LocalDate.of(2010, 10, 15), 0, 0, 0, 0), new CycleFigures(LocalDate.of(2010, 10, 5), 0, 0,
            0, 0));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), backwards, Optional.empty(), 1));
    // identification left with a stale point under rules that forbid it: what no step of the year could have done
    List<CycleFigures> unguarded = List.of(new CycleFigures(LocalDate.of(2010, 8, 14), 0, 0, 0, 0),
        new CycleFigures(LocalDate.of(2010, 9, 30), 1, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), unguarded, Optional.empty(), 1));
    assertEquals(CyclePhase.TRAINING, AnnualCycle.restore(c.id(), c.unitId(), c.opened(), c.timetable(),
        new CycleRules(false, true, true, true), c.policies(), unguarded, Optional.empty(), 1).phase(),
        "allowed where the rule is off");
    AnnualCycle closed = at(6, CycleRules.strict());
    List<CycleFigures> seven = new ArrayList<>(closed.steps());
    seven.add(new CycleFigures(LocalDate.of(2010, 12, 31), 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), seven, closed.revision(), 1));
    // self-assessment and revision left on 12-11 under the rule, with no revision or one whose notice ran on
    for (Optional<RevisionNotice> notice : List.of(Optional.<RevisionNotice>empty(),
        Optional.of(notice(LocalDate.of(2010, 12, 12))))) {
      assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
          c.timetable(), c.rules(), c.policies(), closed.steps(), notice, 1));
    }
    // a revision posted before measures were left, or in a year still in measures
    RevisionNotice early = new RevisionNotice(LocalDate.of(2010, 10, 20), LocalDate.of(2010, 12, 1), "公示栏", 0, 0,
        0, Z, Z);
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), closed.steps(), Optional.of(early), 1));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), c.steps(), closed.revision(), 1));
  }

  @Test
  void p5_p26_aRevisionIsPostedInRevisionOrAcceptanceOnlyAndPostedAgainTheLatestCounts() {
    RegisterDiff none = new RegisterDiff(Year.of(2009), List.of());
    for (int left = 0; left <= 6; left++) {
      AnnualCycle c = at(left, CycleRules.strict());
      Outcome<Change<AnnualCycle>> posted = c.post(notice(LocalDate.of(2010, 12, 18)), none);
      if (c.phase() == CyclePhase.ACCEPTANCE) {
        Refusal early = posted.whyRefused().orElseThrow();
        assertEquals("start", early.violations().get(0).path(), "not before revision was left, on 12-11");
        RevisionNotice again = new RevisionNotice(LocalDate.of(2010, 12, 23), LocalDate.of(2010, 12, 28), "公示栏", 1,
            0, 0, Z, Z);
        AnnualCycle reposted = c.post(again, none).orElseThrow().after();
        assertTrue(reposted.advance(new CycleFigures(LocalDate.of(2010, 12, 27), 0, 0, 0, 0)).whyRefused()
            .orElseThrow().messageZh().contains("修正内容公示至 2010-12-27 期满"), "the year closes once it is over");
        assertEquals(CyclePhase.CLOSED, reposted.advance(new CycleFigures(LocalDate.of(2010, 12, 28), 0, 0, 0, 0))
            .orElseThrow().after().phase());
        continue;
      }
      if (c.phase() != CyclePhase.REVISION) {
        Refusal why = posted.whyRefused().orElseThrow();
        assertEquals(Refusal.Code.ILLEGAL_TRANSITION, why.code());
        assertTrue(why.messageZh().contains(c.phase().chinese()), why::messageZh);
        continue;
      }
      Change<AnnualCycle> first = posted.orElseThrow();
      assertEquals(List.of(new CycleEvent.RevisionPosted(c.unitId(), c.id(), notice(LocalDate.of(2010, 12, 18)),
          none)), first.events());
      assertEquals("cycle.revision-posted", first.events().get(0).type());
      // posted again later: the latest replaces it, and its notice is what the phase waits for
      RevisionNotice again = new RevisionNotice(LocalDate.of(2010, 12, 15), LocalDate.of(2010, 12, 20), "公示栏", 3,
          0, 1, "cd".repeat(32), Z);
      AnnualCycle twice = first.after().post(again, none).orElseThrow().after();
      assertEquals(Optional.of(again), twice.revision());
      Refusal waiting = twice.advance(new CycleFigures(LocalDate.of(2010, 12, 19), 0, 0, 0, 0)).whyRefused()
          .orElseThrow();
      assertTrue(waiting.messageZh().contains("修正内容公示至 2010-12-19 期满"), waiting::messageZh);
      assertEquals(CyclePhase.ACCEPTANCE, twice.advance(new CycleFigures(LocalDate.of(2010, 12, 20), 0, 0, 0, 0))
          .orElseThrow().after().phase());
      // a notice may not start before the phase began (measures left on 10-21)
      RevisionNotice early = new RevisionNotice(LocalDate.of(2010, 10, 20), LocalDate.of(2010, 12, 1), "公示栏", 0,
          0, 0, Z, Z);
      Refusal before = c.post(early, none).whyRefused().orElseThrow();
      assertEquals("start", before.violations().get(0).path());
    }
  }
}
