package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.RectificationScenarios;
import org.lianfang.testing.World;

/**
 * Rectification items on every database (issue 12, P-21): the scenarios of {@link RectificationScenarios}, with items
 * kept in the tables of schema version 16.
 */
class RectificationCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p21_aWarningsItemIsWorkedSubmittedRejectedVerifiedAndClosedEachStepJournaled(TestDatabases.Kind kind) {
    RectificationScenarios.p21_aWarningsItemIsWorkedSubmittedRejectedVerifiedAndClosedEachStepJournaled(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    RectificationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyTheDisciplineBodyDecidesAndTheUnitWorksOnItems(TestDatabases.Kind kind) {
    RectificationScenarios.onlyTheDisciplineBodyDecidesAndTheUnitWorksOnItems(World.in(Stores.fresh(kind)));
  }
}
