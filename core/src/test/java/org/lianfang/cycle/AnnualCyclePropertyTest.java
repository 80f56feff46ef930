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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
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

  /** A cycle of 2010 that has left its first {@code left} phases, each on the day its window began, clean. */
  private static AnnualCycle at(int left, CycleRules rules) {
    List<CycleFigures> steps = new ArrayList<>();
    for (int k = 0; k < left; k++) {
      steps.add(new CycleFigures(PILOT.window(CyclePhase.WORKING.get(k)).from(), 0, 0, 0, 0));
    }
    return AnnualCycle.restore(new AnnualCycleId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
        LocalDate.of(2010, 8, 14), PILOT, rules, POLICIES, steps, 1);
  }

  private static CycleRules rules(int bits) {
    return new CycleRules((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
  }

  @Test
  void s16_p3_p5_p14_p21_eachGuardRefusesExactlyWhatTheYearsRulesForbid() {
    qt().forAll(integers().between(0, 5), integers().between(0, 7), integers().between(0, 255),
        integers().between(0, 30)).checkAssert((left, bits, counts, late) -> {
          CycleRules r = rules(bits);
          AnnualCycle c = at(left, r);
          CyclePhase phase = c.phase();
          int stale = counts & 3;
          int unconfirmed = counts >> 2 & 3;
          int gaps = counts >> 4 & 3;
          int open = counts >> 6 & 3;
          CycleFigures f = new CycleFigures(PILOT.window(phase).from().plusDays(late), stale, unconfirmed, gaps,
              open);
          // the rules as DOMAIN.md states them: identification closes on settled points (P-3, P-5), measures on
          // full coverage (P-14), the year on no stale point (P-3) and no item left open (P-21)
          boolean forbidden = switch (phase) {
            case IDENTIFICATION -> r.pointsSettled() && (stale > 0 || unconfirmed > 0);
            case MEASURES -> r.noCoverageGaps() && gaps > 0;
            case ACCEPTANCE -> r.pointsSettled() && stale > 0 || r.itemsSettled() && open > 0;
            default -> false;
          };
          assertEquals(forbidden, c.refusal(f).isPresent(), phase + " " + r + " " + f);
          if (forbidden) {
            Refusal why = c.advance(f).whyRefused().orElseThrow();
            assertEquals(Refusal.Code.RULE_VIOLATED, why.code());
            assertTrue(why.messageZh().contains(phase.chinese()) && why.messageEn().contains(phase.code()),
                why::messageEn);
          } else {
            Change<AnnualCycle> next = c.advance(f).orElseThrow();
            assertEquals(phase.next().orElseThrow(), next.after().phase());
            assertEquals(List.of(new CycleEvent.Advanced(c.unitId(), c.id(), phase, next.after().phase(), f)),
                next.events());
          }
        });
  }

  @Test
  void s16_aYearLeavesItsSixPhasesInOrderThenClosesAndRefusesEveryStep() {
    qt().forAll(integers().between(0, 7), integers().between(0, 40)).checkAssert((bits, late) -> {
      AnnualCycle c = at(0, rules(bits));
      List<CyclePhase> seen = new ArrayList<>(List.of(c.phase()));
      List<String> types = new ArrayList<>();
      LocalDate last = c.opened();
      while (c.phase() != CyclePhase.CLOSED) {
        LocalDate begins = PILOT.window(c.phase()).from();
        LocalDate day = (last.isAfter(begins) ? last : begins).plusDays(late % 3);
        Change<AnnualCycle> next = c.advance(new CycleFigures(day, 0, 0, 0, 0)).orElseThrow();
        types.add(next.events().get(0).type());
        c = next.after();
        seen.add(c.phase());
        last = day;
      }
      List<CyclePhase> all = new ArrayList<>(CyclePhase.WORKING);
      all.add(CyclePhase.CLOSED);
      assertEquals(all, seen);
      assertEquals(List.of("cycle.advanced", "cycle.advanced", "cycle.advanced", "cycle.advanced", "cycle.advanced",
          "cycle.closed"), types);
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
            LocalDate.of(2010, 8, 20), 0, 0, 0, 0), new CycleFigures(LocalDate.of(2010, 10, 15), 0, 0, 0, 0)), 1);
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
    StandardCyclePolicy lenient = pilot.withRules(new CycleRules(false, false, false));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit,
        LocalDate.of(2011, 1, 4), Year.of(2011), lenient, POLICIES), "the versions name another cycle policy");
    AnnualCycle own = AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit, LocalDate.of(2011, 1, 4),
        Year.of(2011), lenient, new CyclePolicies(SOME, SOME, SOME, SOME, lenient.version())).orElseThrow().after();
    assertEquals(new CycleRules(false, false, false), own.rules(), "the rules are the policy's");
  }

  @Test
  void aStoredCycleIsRestoredOnlyWithItsStepsInOrder() {
    AnnualCycle c = at(3, CycleRules.strict());
    assertEquals(CyclePhase.MEASURES, c.phase());
    assertEquals(c, AnnualCycle.restore(c.id(), c.unitId(), c.opened(), c.timetable(), c.rules(), c.policies(),
        c.steps(), c.version()));
    // training (begun 10-01) left on 10-05, before identification was left on 10-15
    List<CycleFigures> backwards = List.of(new CycleFigures(LocalDate.of(2010, 8, 14), 0, 0, 0, 0),
        new CycleFigures(LocalDate.of(2010, 10, 15), 0, 0, 0, 0), new CycleFigures(LocalDate.of(2010, 10, 5), 0, 0,
            0, 0));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), backwards, 1));
    // identification left with a stale point under rules that forbid it: what no step of the year could have done
    List<CycleFigures> unguarded = List.of(new CycleFigures(LocalDate.of(2010, 8, 14), 0, 0, 0, 0),
        new CycleFigures(LocalDate.of(2010, 9, 30), 1, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), unguarded, 1));
    assertEquals(CyclePhase.TRAINING, AnnualCycle.restore(c.id(), c.unitId(), c.opened(), c.timetable(),
        new CycleRules(false, true, true), c.policies(), unguarded, 1).phase(), "allowed where the rule is off");
    List<CycleFigures> seven = new ArrayList<>(at(6, CycleRules.strict()).steps());
    seven.add(new CycleFigures(LocalDate.of(2010, 12, 31), 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> AnnualCycle.restore(c.id(), c.unitId(), c.opened(),
        c.timetable(), c.rules(), c.policies(), seven, 1));
  }
}
