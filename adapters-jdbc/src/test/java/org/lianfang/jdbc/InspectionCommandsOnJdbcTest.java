package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.InspectionScenarios;
import org.lianfang.testing.World;

/**
 * Special inspections on every database (issue 13, S-10, P-12): the scenarios of {@link InspectionScenarios}, with
 * inspections and findings kept in the tables of schema version 24.
 */
class InspectionCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s10_anInspectionFindsOrdersRectificationAndRecordsWhoWasHeldAccountable(Supplier<JdbcStore> store) {
    InspectionScenarios.s10_anInspectionFindsOrdersRectificationAndRecordsWhoWasHeldAccountable(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    InspectionScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s10_onlyTheDisciplineBodyInspects(Supplier<JdbcStore> store) {
    InspectionScenarios.s10_onlyTheDisciplineBodyInspects(World.in(store.get()));
  }
}
