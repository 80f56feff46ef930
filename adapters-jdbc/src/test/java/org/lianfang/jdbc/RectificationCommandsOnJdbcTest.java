package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.RectificationScenarios;
import org.lianfang.testing.World;

/**
 * Rectification items on every database (issue 12, P-21): the scenarios of {@link RectificationScenarios}, with items
 * kept in the tables of schema version 16.
 */
class RectificationCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p21_aWarningsItemIsWorkedSubmittedRejectedVerifiedAndClosedEachStepJournaled(Supplier<JdbcStore> store) {
    RectificationScenarios.p21_aWarningsItemIsWorkedSubmittedRejectedVerifiedAndClosedEachStepJournaled(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    RectificationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void onlyTheDisciplineBodyDecidesAndTheUnitWorksOnItems(Supplier<JdbcStore> store) {
    RectificationScenarios.onlyTheDisciplineBodyDecidesAndTheUnitWorksOnItems(World.in(store.get()));
  }
}
