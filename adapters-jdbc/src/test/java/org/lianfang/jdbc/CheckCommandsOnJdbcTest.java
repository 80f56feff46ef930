package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.CheckScenarios;
import org.lianfang.testing.World;

/**
 * Monthly checks on every database (issue 13, S-10, P-22): the scenarios of {@link CheckScenarios}, with checks kept
 * in the tables of schema version 23.
 */
class CheckCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p22_s10_aPostsMonthIsCheckedReturnedReviewedAndItsFindingRectified(TestDatabases.Kind kind) {
    CheckScenarios.p22_s10_aPostsMonthIsCheckedReturnedReviewedAndItsFindingRectified(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p22_aMeasureRatedNoneTwiceRunningRaisesOneReminder(TestDatabases.Kind kind) {
    CheckScenarios.p22_aMeasureRatedNoneTwiceRunningRaisesOneReminder(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    CheckScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s10_thePostRecordsItsCheckAndTheUnitsLeaderOrTheDisciplineBodyReviewsIt(TestDatabases.Kind kind) {
    CheckScenarios.s10_thePostRecordsItsCheckAndTheUnitsLeaderOrTheDisciplineBodyReviewsIt(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p22_aMissedMonthIsFoundByTheTickExactlyOnce(TestDatabases.Kind kind) {
    CheckScenarios.p22_aMissedMonthIsFoundByTheTickExactlyOnce(World.in(Stores.fresh(kind)));
  }
}
