package org.lianfang.application.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.application.Lianfang;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.evaluation.SelfAssessYear;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.risk.AssignOwners;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Transparency;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.CycleScenarios;
import org.lianfang.testing.EvaluationScenarios;
import org.lianfang.testing.World;
import org.quicktheories.core.Gen;

/**
 * A closed year stays as it closed whatever comes after (S-13, S-16; issue 14): the land bureau closes 2010 on 12-22
 * with a confirmed point under two measures in force, then any sequence of later commands runs — points found,
 * reviewed, graded, retired and given other owners, the post's duties changed, tenures begun, monthly checks recorded,
 * the year's evaluation self-assessed, its revision posted and its phase left, the days going by. After every step
 * 2010's Form 2 and Form 3 read the same to the character and its register gives the digest its closing put into the
 * journal; and every command dated in 2010 or aimed at its cycle is refused and changes nothing.
 */
class FrozenYearPropertyTest {
  /** One command: what, and numbers to pick its target and values. */
  record Step(int kind, int a, int b) {}

  /** The kinds whose command is dated in the closed year, or aimed at it, whatever its numbers. */
  private static final Set<Integer> INTO_THE_CLOSED_YEAR = Set.of(7, 8, 9);

  private static Gen<List<Step>> sequences() {
    return lists().of(integers().between(0, 10).zip(integers().between(0, 99), integers().between(0, 99),
        Step::new)).ofSizeBetween(1, 12);
  }

  @Test
  void s13_s16_noLaterCommandChangesAClosedYearItsFormsOrItsRegister() {
    qt().withExamples(40).forAll(sequences()).checkAssert(steps -> {
      World w = World.in(InMemoryStore.create());
      AnnualCycleId year = CycleScenarios.closedOn1222(w);
      Lianfang lf = w.lianfang;
      String form2 = lf.risks().queries().form2(w.auditor, w.land, Year.of(2010)).orElseThrow().toText();
      String form3 = lf.control().queries().form3(w.auditor, w.land, Year.of(2010)).orElseThrow().toText();
      FrozenRegister register = lf.cycle().queries().register(w.auditor, w.land, Year.of(2010)).orElseThrow();
      w.clock.setDay(LocalDate.of(2011, 1, 4));
      for (Step s : steps) {
        CycleScenarios.State before = CycleScenarios.State.of(w);
        Outcome<?> o = run(w, year, s);
        boolean dated2010 = INTO_THE_CLOSED_YEAR.contains(s.kind()) || s.kind() == 6 && s.b() % 2 == 0
            || s.kind() == 10 && s.b() % 2 == 0;
        if (dated2010) {
          assertFalse(o == null || o.isAccepted(), s + " changed the closed year");
          assertEquals(before, CycleScenarios.State.of(w), s + " was refused and changed nothing");
        }
        assertEquals(form2, lf.risks().queries().form2(w.auditor, w.land, Year.of(2010)).orElseThrow().toText(),
            s.toString());
        assertEquals(form3, lf.control().queries().form3(w.auditor, w.land, Year.of(2010)).orElseThrow().toText(),
            s.toString());
        assertEquals(register, lf.cycle().queries().register(w.auditor, w.land, Year.of(2010)).orElseThrow(),
            s.toString());
      }
    });
  }

  /** @return the step's outcome; {@code null} for days going by */
  private static Outcome<?> run(World w, AnnualCycleId year, Step s) {
    Lianfang lf = w.lianfang;
    List<RiskPoint> points = new ArrayList<>(lf.risks().queries().riskPoints(w.auditor, w.land));
    RiskPointId target = points.get(s.a() % points.size()).id();
    LocalDate today = w.clock.today();
    return switch (s.kind()) {
      case 0 -> lf.risks().identify(w.landLeader, w.aPointOnApprover().described("新查找的风险点" + s.a()).build());
      case 1 -> lf.risks().review(w.landLeader, new ReviewRiskPoint(target, "复核" + s.b()));
      case 2 -> lf.risks().grade(w.landLeader, new GradeRiskPoint(target, 1 + s.a() % 5, 1 + s.b() % 5,
          s.a() % 7 == 0, s.b() % 3 == 0));
      case 3 -> lf.risks().retire(w.landLeader, new RetireRiskPoint(target, "撤销" + s.b()));
      case 4 -> lf.risks().assignOwners(w.landLeader, new AssignOwners(target, new OwnerChain(s.b() % 2 == 0 ? w.li
          : w.wang, w.li, w.zhang)));
      case 5 -> lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver,
          new PostProfile(true, Set.of(), false, s.b() % 2 == 0, Set.of(), Transparency.CLOSED)));
      // a tenure begun in 2010 or the year before would hold the post on a day of 2010; one in 2011 would not
      case 6 -> lf.organization().beginTenure(w.landLeader, new BeginTenure(w.approver, s.a() % 2 == 0 ? w.li
          : w.wang, s.b() % 2 == 0 ? LocalDate.of(2009 + s.a() % 2, 1 + s.a() % 12, 1) : today));
      case 7 -> lf.cycle().post(w.landLeader, PostRevision.of(year, "局公示栏", today.plusDays(1 + s.b() % 9)));
      case 8 -> lf.cycle().leave(w.landLeader, LeavePhase.of(year, CyclePhase.values()[s.a()
          % CyclePhase.values().length]));
      case 9 -> lf.evaluation().selfAssess(w.landLeader, new SelfAssessYear(w.land, Year.of(2010),
          EvaluationScenarios.selfScores(), "补报" + s.b()));
      default -> {
        if (s.b() % 2 == 0) {
          yield lf.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver, YearMonth.of(2010,
              1 + s.a() % 12), w.zhao, List.of(RowInput.full(lf.control().queries().measures(w.auditor, w.land)
              .get(0).id()))));
        }
        w.clock.setDay(today.plusDays(1 + s.a() % 40));
        yield null;
      }
    };
  }
}
