package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.WarningScenarios;
import org.lianfang.testing.World;

/**
 * Warnings on every database (issue 12, P-8, P-18, P-10): the scenarios of {@link WarningScenarios}, with warnings
 * kept in the tables of schema version 15.
 */
class WarningCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p8_p18_aWarningIsAnsweredEscalatedOnceVerifiedAndClosedEachStepJournaled(Supplier<JdbcStore> store) {
    WarningScenarios.p8_p18_aWarningIsAnsweredEscalatedOnceVerifiedAndClosedEachStepJournaled(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p10_aTransferAndACancellationEachEndAWarningWithItsReason(Supplier<JdbcStore> store) {
    WarningScenarios.p10_aTransferAndACancellationEachEndAWarningWithItsReason(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    WarningScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void onlyTheDisciplineBodyDecidesAndTheUnitAnswers(Supplier<JdbcStore> store) {
    WarningScenarios.onlyTheDisciplineBodyDecidesAndTheUnitAnswers(World.in(store.get()));
  }
}
