package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.CaseScenarios;
import org.lianfang.testing.World;

/**
 * Electronic supervision on every database (issue 12, P-9, P-20): the scenarios of {@link CaseScenarios}, with cases
 * kept in the tables of schema version 21.
 */
class CaseCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p20_aCaseRaisesEachSignalOnceInWorkingTimeOnTheHolidayCalendarAndRedWarns(Supplier<JdbcStore> store) {
    CaseScenarios.p20_aCaseRaisesEachSignalOnceInWorkingTimeOnTheHolidayCalendarAndRedWarns(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p20_pausesStopTheClockAndACompletionFixesTheSignalReached(Supplier<JdbcStore> store) {
    CaseScenarios.p20_pausesStopTheClockAndACompletionFixesTheSignalReached(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    CaseScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p6_anIndicatorBeyondItsThresholdSignalsAndWarnsUnderThePolicy(Supplier<JdbcStore> store) {
    CaseScenarios.p6_anIndicatorBeyondItsThresholdSignalsAndWarnsUnderThePolicy(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p17_p20_aCaseUnderACommitmentIsWatchedByItsTimeLimit(Supplier<JdbcStore> store) {
    CaseScenarios.p17_p20_aCaseUnderACommitmentIsWatchedByItsTimeLimit(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d5_p20_theTickAndAStepRacingOnOneCaseBothSucceed(Supplier<JdbcStore> store) throws Exception {
    CaseScenarios.d5_p20_theTickAndAStepRacingOnOneCaseBothSucceed(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p20_aStepOverItsOwnLimitIsYellowBeforeTheCaseIs(Supplier<JdbcStore> store) {
    CaseScenarios.p20_aStepOverItsOwnLimitIsYellowBeforeTheCaseIs(World.in(store.get()));
  }
}
