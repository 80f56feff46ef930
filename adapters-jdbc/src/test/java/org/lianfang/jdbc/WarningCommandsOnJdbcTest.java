package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.WarningScenarios;
import org.lianfang.testing.World;

/**
 * Warnings on every database (issue 12, P-8, P-18, P-10): the scenarios of {@link WarningScenarios}, with warnings
 * kept in the tables of schema version 15.
 */
class WarningCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p8_p18_aWarningIsAnsweredEscalatedOnceVerifiedAndClosedEachStepJournaled(TestDatabases.Kind kind) {
    WarningScenarios.p8_p18_aWarningIsAnsweredEscalatedOnceVerifiedAndClosedEachStepJournaled(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p10_aTransferAndACancellationEachEndAWarningWithItsReason(TestDatabases.Kind kind) {
    WarningScenarios.p10_aTransferAndACancellationEachEndAWarningWithItsReason(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    WarningScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyTheDisciplineBodyDecidesAndTheUnitAnswers(TestDatabases.Kind kind) {
    WarningScenarios.onlyTheDisciplineBodyDecidesAndTheUnitAnswers(World.in(Stores.fresh(kind)));
  }
}
