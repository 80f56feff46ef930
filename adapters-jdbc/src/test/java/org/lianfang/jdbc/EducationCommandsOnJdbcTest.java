package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.EducationScenarios;
import org.lianfang.testing.World;

/**
 * Education on the first line on every database (issue 11, P-15): the scenarios of {@link EducationScenarios}, with
 * activities kept in the tables of schema version 12.
 */
class EducationCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p15_s7_activitiesMeetTheYearsObligationsEachStepJournaled(Supplier<JdbcStore> store) {
    EducationScenarios.p15_s7_activitiesMeetTheYearsObligationsEachStepJournaled(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    EducationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void onlyTheUnitsLeaderAndTheDisciplineBodyRecordItsEducation(Supplier<JdbcStore> store) {
    EducationScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyRecordItsEducation(World.in(store.get()));
  }
}
