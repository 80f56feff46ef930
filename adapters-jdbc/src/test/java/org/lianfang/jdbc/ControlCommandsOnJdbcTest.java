package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.World;

/**
 * The control stage's commands on every database (issue 11): the scenarios of {@link ControlScenarios}, with measures
 * kept in the tables of schema version 11.
 */
class ControlCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(Supplier<JdbcStore> store) {
    ControlScenarios.p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p13_retiringAPointAsksWhatBecomesOfTheMeasuresThatControlNothingElse(Supplier<JdbcStore> store) {
    ControlScenarios.p13_retiringAPointAsksWhatBecomesOfTheMeasuresThatControlNothingElse(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    ControlScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures(Supplier<JdbcStore> store) {
    ControlScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints(Supplier<JdbcStore> store) {
    ControlScenarios.s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p14_s14_p3_theCoverageReportNamesWhatEachConfirmedPointLacks(Supplier<JdbcStore> store) {
    ControlScenarios.p14_s14_p3_theCoverageReportNamesWhatEachConfirmedPointLacks(World.in(store.get()));
  }
}
