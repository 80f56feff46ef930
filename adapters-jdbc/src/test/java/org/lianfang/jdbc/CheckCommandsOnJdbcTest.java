package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.CheckScenarios;
import org.lianfang.testing.World;

/**
 * Monthly checks on every database (issue 13, S-10, P-22): the scenarios of {@link CheckScenarios}, with checks kept
 * in the tables of schema version 23.
 */
class CheckCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p22_s10_aPostsMonthIsCheckedReturnedReviewedAndItsFindingRectified(Supplier<JdbcStore> store) {
    CheckScenarios.p22_s10_aPostsMonthIsCheckedReturnedReviewedAndItsFindingRectified(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p22_aMeasureRatedNoneTwiceRunningRaisesOneReminder(Supplier<JdbcStore> store) {
    CheckScenarios.p22_aMeasureRatedNoneTwiceRunningRaisesOneReminder(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    CheckScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s10_thePostRecordsItsCheckAndTheUnitsLeaderOrTheDisciplineBodyReviewsIt(Supplier<JdbcStore> store) {
    CheckScenarios.s10_thePostRecordsItsCheckAndTheUnitsLeaderOrTheDisciplineBodyReviewsIt(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p22_aMissedMonthIsFoundByTheTickExactlyOnce(Supplier<JdbcStore> store) {
    CheckScenarios.p22_aMissedMonthIsFoundByTheTickExactlyOnce(World.in(store.get()));
  }
}
