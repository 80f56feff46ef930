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
import org.lianfang.testing.World;

/** The control stage's commands on the in-memory store (issue 11): the scenarios of {@link ControlScenarios}. */
class ControlCommandsTest {
  @Test
  void p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled() {
    ControlScenarios.p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(World.in(InMemoryStore.create()));
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
}
