package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.EducationScenarios;
import org.lianfang.testing.World;

/**
 * Education on the first line on every database (issue 11, P-15): the scenarios of {@link EducationScenarios}, with
 * activities kept in the tables of schema version 12.
 */
class EducationCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p15_s7_activitiesMeetTheYearsObligationsEachStepJournaled(TestDatabases.Kind kind) {
    EducationScenarios.p15_s7_activitiesMeetTheYearsObligationsEachStepJournaled(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    EducationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyTheUnitsLeaderAndTheDisciplineBodyRecordItsEducation(TestDatabases.Kind kind) {
    EducationScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyRecordItsEducation(World.in(Stores.fresh(kind)));
  }
}
