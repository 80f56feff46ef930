package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.World;

/**
 * The control stage's commands on every database (issue 11): the scenarios of {@link ControlScenarios}, with measures
 * kept in the tables of schema version 11.
 */
class ControlCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(TestDatabases.Kind kind) {
    ControlScenarios.p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p13_retiringAPointAsksWhatBecomesOfTheMeasuresThatControlNothingElse(TestDatabases.Kind kind) {
    ControlScenarios.p13_retiringAPointAsksWhatBecomesOfTheMeasuresThatControlNothingElse(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    ControlScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures(TestDatabases.Kind kind) {
    ControlScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints(TestDatabases.Kind kind) {
    ControlScenarios.s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p14_s14_p3_theCoverageReportNamesWhatEachConfirmedPointLacks(TestDatabases.Kind kind) {
    ControlScenarios.p14_s14_p3_theCoverageReportNamesWhatEachConfirmedPointLacks(World.in(Stores.fresh(kind)));
  }
}
