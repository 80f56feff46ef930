package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.CycleScenarios;
import org.lianfang.testing.World;

/**
 * The annual cycle on every database (issue 14, S-1, S-16): the scenarios of {@link CycleScenarios}, with cycles kept
 * in the tables of schema version 28 and closed years' registers in those of version 29.
 */
class CycleCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s16_p3_p14_aUnitsYearIsOpenedAndItsPhasesLeftPastTheirGuards(Supplier<JdbcStore> store) {
    CycleScenarios.s16_p3_p14_aUnitsYearIsOpenedAndItsPhasesLeftPastTheirGuards(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    CycleScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s16_onlyTheUnitsLeaderOrTheBodyAboveRunsItsYear(Supplier<JdbcStore> store) {
    CycleScenarios.s16_onlyTheUnitsLeaderOrTheBodyAboveRunsItsYear(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s16_s13_aClosedYearIsFrozenAndItsFormsReadTheSameWhateverComesLater(Supplier<JdbcStore> store) {
    CycleScenarios.s16_s13_aClosedYearIsFrozenAndItsFormsReadTheSameWhateverComesLater(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p21_s16_anOpenItemHoldsTheYearUpUntilTheBodyCarriesItOver(Supplier<JdbcStore> store) {
    CycleScenarios.p21_s16_anOpenItemHoldsTheYearUpUntilTheBodyCarriesItOver(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s1_s12_theCityOpensTheNextYearOverItsSubtreeAndTheRevisionListsWhatChanged(Supplier<JdbcStore> store) {
    CycleScenarios.s1_s12_theCityOpensTheNextYearOverItsSubtreeAndTheRevisionListsWhatChanged(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p26_theYearsStatisticsCountItsRegisterItsKeyPowersAndSumTheSubtree(Supplier<JdbcStore> store) {
    CycleScenarios.p26_theYearsStatisticsCountItsRegisterItsKeyPowersAndSumTheSubtree(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s12_p3_p25_theRevisionsCandidatesAreWhatTheRecordsRaisedSinceTheRegisterFroze(Supplier<JdbcStore> store) {
    CycleScenarios.s12_p3_p25_theRevisionsCandidatesAreWhatTheRecordsRaisedSinceTheRegisterFroze(
        World.in(store.get()));
  }
}
