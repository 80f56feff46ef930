package org.lianfang.application.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.application.Lianfang;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.CoverageGap;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.control.DefenseLine;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.Copies;
import org.lianfang.testing.World;

/** The control stage's commands on the in-memory store (issue 11): the scenarios of {@link ControlScenarios}. */
class ControlCommandsTest {
  @Test
  void p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled() {
    ControlScenarios.p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(World.in(InMemoryStore.create()));
  }

  @Test
  void p13_retiringAPointAsksWhatBecomesOfTheMeasuresThatControlNothingElse() {
    ControlScenarios.p13_retiringAPointAsksWhatBecomesOfTheMeasuresThatControlNothingElse(
        World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    ControlScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures() {
    ControlScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures(World.in(InMemoryStore.create()));
  }

  @Test
  void s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints() {
    ControlScenarios.s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints(World.in(InMemoryStore.create()));
  }

  @Test
  void p14_s14_p3_theCoverageReportNamesWhatEachConfirmedPointLacks() {
    ControlScenarios.p14_s14_p3_theCoverageReportNamesWhatEachConfirmedPointLacks(World.in(InMemoryStore.create()));
  }

  @Test
  void p14_theCoveragePolicyIsTheInstancesChoice() {
    World w = World.in(InMemoryStore.create());
    RiskPointId onDirector = w.confirmed(RiskPointFixture.aRiskPoint(w.land).onPost(w.director)
        .ownedBy(w.zhang, w.zhang, w.zhang).described("重大事项决策不经集体讨论").build());
    ControlMeasureId educating = w.lianfang.control().draft(w.landLeader, new DraftMeasure(w.land,
        List.of(onDirector), ControlPhase.PREVENTION, DefenseLine.EDUCATION, "岗位廉政教育", "《廉政教育制度》",
        ControlScenarios.landOwners(w), w.clock.today(), Optional.empty(), Optional.empty(), List.of())).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.register(educating)).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.putInForce(educating)).orElseThrow();

    assertTrue(w.lianfang.control().queries().coverage(w.auditor, w.land).points().get(0).gaps()
        .contains(CoverageGap.NO_POWER_REGULATION), "the default asks a principal leader's post for the power line");
    Lianfang seedRule = Lianfang.builder(w.store).clock(w.clock)
        .coveragePolicy(CoveragePolicy.anyMeasureInForce()).build();
    assertEquals(List.of(), seedRule.control().queries().coverage(w.auditor, w.land).points().get(0).gaps(),
        "the seed's rule alone: one measure in force is enough");
  }

  @Test
  void p14_form2ShowsTheResidualGradeBesideTheInherentOne() {
    World w = World.in(InMemoryStore.create());
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    RiskPointId bare = w.confirmed(w.aPointOnApprover().described("无措施的风险点").build());
    for (DefenseLine line : DefenseLine.values()) {
      // one measure in force on each line, the monitoring one watched by an indicator: both default rules fire
      ControlMeasureId m = w.lianfang.control().draft(w.landLeader, line == DefenseLine.SUPERVISION
          ? Copies.with(ControlScenarios.onlinePublication(w, List.of(point)), "line", DefenseLine.SUPERVISION)
          : new DraftMeasure(w.land, List.of(point), ControlPhase.PREVENTION, line, "措施" + line.chinese(),
              "《制度》", ControlScenarios.landOwners(w), w.clock.today(), Optional.empty(), Optional.empty(),
              List.of())).orElseThrow();
      w.lianfang.control().step(w.landLeader, MeasureStep.register(m)).orElseThrow();
      w.lianfang.control().step(w.landLeader, MeasureStep.putInForce(m)).orElseThrow();
    }
    org.lianfang.risk.RiskIdentificationForm form2 = w.lianfang.risks().queries().form2(w.auditor, w.land)
        .orElseThrow();
    org.lianfang.control.ResidualForm2 both = w.lianfang.control().queries().withResidualGrades(w.auditor, form2,
        w.land);
    org.lianfang.risk.Form2Row row = form2.rows().stream().filter(r -> r.riskPoint().equals(point)).findFirst()
        .orElseThrow();
    org.lianfang.control.ResidualGrade residual = both.residualOf(row).orElseThrow();
    org.lianfang.grading.RiskGrade inherent = w.store.riskPoints().find(point).orElseThrow().grading().orElseThrow()
        .grade().level();
    assertEquals(List.of(org.lianfang.control.ResidualRule.ALL_THREE_LINES,
        org.lianfang.control.ResidualRule.MONITORED_BY_INDICATOR), residual.fired());
    assertTrue(residual.grade().ordinal() < inherent.ordinal()
        || inherent == org.lianfang.grading.RiskGrade.LOWER, "lowered, never below 较低: " + residual);
    org.lianfang.risk.Form2Row other = form2.rows().stream().filter(r -> r.riskPoint().equals(bare)).findFirst()
        .orElseThrow();
    assertEquals(List.of(), both.residualOf(other).orElseThrow().fired(), "no measure in force lowers nothing");
    String line = both.toText().lines().filter(l -> l.contains(row.code())).findFirst().orElseThrow();
    assertTrue(line.contains(both.labels().label(residual.grade()))
        && line.contains(org.lianfang.control.ResidualRule.ALL_THREE_LINES.chinese()), line);
  }
}
