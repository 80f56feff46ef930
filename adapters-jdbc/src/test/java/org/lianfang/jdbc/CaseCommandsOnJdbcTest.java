package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.CaseScenarios;
import org.lianfang.testing.World;

/**
 * Electronic supervision on every database (issue 12, P-9, P-20): the scenarios of {@link CaseScenarios}, with cases
 * kept in the tables of schema version 21.
 */
class CaseCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p20_aCaseRaisesEachSignalOnceInWorkingTimeOnTheHolidayCalendarAndRedWarns(TestDatabases.Kind kind) {
    CaseScenarios.p20_aCaseRaisesEachSignalOnceInWorkingTimeOnTheHolidayCalendarAndRedWarns(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p20_pausesStopTheClockAndACompletionFixesTheSignalReached(TestDatabases.Kind kind) {
    CaseScenarios.p20_pausesStopTheClockAndACompletionFixesTheSignalReached(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    CaseScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p6_anIndicatorBeyondItsThresholdSignalsAndWarnsUnderThePolicy(TestDatabases.Kind kind) {
    CaseScenarios.p6_anIndicatorBeyondItsThresholdSignalsAndWarnsUnderThePolicy(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p17_p20_aCaseUnderACommitmentIsWatchedByItsTimeLimit(TestDatabases.Kind kind) {
    CaseScenarios.p17_p20_aCaseUnderACommitmentIsWatchedByItsTimeLimit(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d5_p20_theTickAndAStepRacingOnOneCaseBothSucceed(TestDatabases.Kind kind) throws Exception {
    CaseScenarios.d5_p20_theTickAndAStepRacingOnOneCaseBothSucceed(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p20_aStepOverItsOwnLimitIsYellowBeforeTheCaseIs(TestDatabases.Kind kind) {
    CaseScenarios.p20_aStepOverItsOwnLimitIsYellowBeforeTheCaseIs(World.in(Stores.fresh(kind)));
  }
}
