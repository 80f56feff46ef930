package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.CycleScenarios;
import org.lianfang.testing.World;

/**
 * The annual cycle on every database (issue 14, S-1, S-16): the scenarios of {@link CycleScenarios}, with cycles kept
 * in the tables of schema version 28 and closed years' registers in those of version 29.
 */
class CycleCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s16_p3_p14_aUnitsYearIsOpenedAndItsPhasesLeftPastTheirGuards(TestDatabases.Kind kind) {
    CycleScenarios.s16_p3_p14_aUnitsYearIsOpenedAndItsPhasesLeftPastTheirGuards(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    CycleScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s16_onlyTheUnitsLeaderOrTheBodyAboveRunsItsYear(TestDatabases.Kind kind) {
    CycleScenarios.s16_onlyTheUnitsLeaderOrTheBodyAboveRunsItsYear(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s16_s13_aClosedYearIsFrozenAndItsFormsReadTheSameWhateverComesLater(TestDatabases.Kind kind) {
    CycleScenarios.s16_s13_aClosedYearIsFrozenAndItsFormsReadTheSameWhateverComesLater(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p21_s16_anOpenItemHoldsTheYearUpUntilTheBodyCarriesItOver(TestDatabases.Kind kind) {
    CycleScenarios.p21_s16_anOpenItemHoldsTheYearUpUntilTheBodyCarriesItOver(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s1_s12_theCityOpensTheNextYearOverItsSubtreeAndTheRevisionListsWhatChanged(TestDatabases.Kind kind) {
    CycleScenarios.s1_s12_theCityOpensTheNextYearOverItsSubtreeAndTheRevisionListsWhatChanged(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p26_theYearsStatisticsCountItsRegisterItsKeyPowersAndSumTheSubtree(TestDatabases.Kind kind) {
    CycleScenarios.p26_theYearsStatisticsCountItsRegisterItsKeyPowersAndSumTheSubtree(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s12_p3_p25_theRevisionsCandidatesAreWhatTheRecordsRaisedSinceTheRegisterFroze(TestDatabases.Kind kind) {
    CycleScenarios.s12_p3_p25_theRevisionsCandidatesAreWhatTheRecordsRaisedSinceTheRegisterFroze(
        World.in(Stores.fresh(kind)));
  }
}
