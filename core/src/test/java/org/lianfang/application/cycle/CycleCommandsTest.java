package org.lianfang.application.cycle;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.CycleScenarios;
import org.lianfang.testing.World;

/** The annual cycle (issue 14, S-1, S-16) on the in-memory store: the scenarios of {@link CycleScenarios}. */
class CycleCommandsTest {
  @Test
  void s16_p3_p14_aUnitsYearIsOpenedAndItsPhasesLeftPastTheirGuards() {
    CycleScenarios.s16_p3_p14_aUnitsYearIsOpenedAndItsPhasesLeftPastTheirGuards(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    CycleScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void s16_onlyTheUnitsLeaderOrTheBodyAboveRunsItsYear() {
    CycleScenarios.s16_onlyTheUnitsLeaderOrTheBodyAboveRunsItsYear(World.in(InMemoryStore.create()));
  }

  @Test
  void s16_s13_aClosedYearIsFrozenAndItsFormsReadTheSameWhateverComesLater() {
    CycleScenarios.s16_s13_aClosedYearIsFrozenAndItsFormsReadTheSameWhateverComesLater(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p21_s16_anOpenItemHoldsTheYearUpUntilTheBodyCarriesItOver() {
    CycleScenarios.p21_s16_anOpenItemHoldsTheYearUpUntilTheBodyCarriesItOver(World.in(InMemoryStore.create()));
  }

  @Test
  void s1_s12_theCityOpensTheNextYearOverItsSubtreeAndTheRevisionListsWhatChanged() {
    CycleScenarios.s1_s12_theCityOpensTheNextYearOverItsSubtreeAndTheRevisionListsWhatChanged(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p26_theYearsStatisticsCountItsRegisterItsKeyPowersAndSumTheSubtree() {
    CycleScenarios.p26_theYearsStatisticsCountItsRegisterItsKeyPowersAndSumTheSubtree(World.in(InMemoryStore.create()));
  }

  @Test
  void s12_p3_p25_theRevisionsCandidatesAreWhatTheRecordsRaisedSinceTheRegisterFroze() {
    CycleScenarios.s12_p3_p25_theRevisionsCandidatesAreWhatTheRecordsRaisedSinceTheRegisterFroze(
        World.in(InMemoryStore.create()));
  }
}
