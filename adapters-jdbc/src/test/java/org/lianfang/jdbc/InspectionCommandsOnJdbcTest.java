package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.InspectionScenarios;
import org.lianfang.testing.World;

/**
 * Special inspections on every database (issue 13, S-10, P-12): the scenarios of {@link InspectionScenarios}, with
 * inspections and findings kept in the tables of schema version 24.
 */
class InspectionCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s10_anInspectionFindsOrdersRectificationAndRecordsWhoWasHeldAccountable(TestDatabases.Kind kind) {
    InspectionScenarios.s10_anInspectionFindsOrdersRectificationAndRecordsWhoWasHeldAccountable(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    InspectionScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s10_onlyTheDisciplineBodyInspects(TestDatabases.Kind kind) {
    InspectionScenarios.s10_onlyTheDisciplineBodyInspects(World.in(Stores.fresh(kind)));
  }
}
