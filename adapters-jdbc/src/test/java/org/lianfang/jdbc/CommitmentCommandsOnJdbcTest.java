package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.CommitmentScenarios;
import org.lianfang.testing.World;

/**
 * Service commitments on every database (issue 11, P-17): the scenarios of {@link CommitmentScenarios}, with
 * commitments kept in the table of schema version 14.
 */
class CommitmentCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p17_s8_aCommitmentIsReviewedPublishedKeptAndJudgedEachStepJournaled(Supplier<JdbcStore> store) {
    CommitmentScenarios.p17_s8_aCommitmentIsReviewedPublishedKeptAndJudgedEachStepJournaled(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p17_theBreachLadderCountsEachHoldersBreachesInTheYear(Supplier<JdbcStore> store) {
    CommitmentScenarios.p17_theBreachLadderCountsEachHoldersBreachesInTheYear(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    CommitmentScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsCommitments(Supplier<JdbcStore> store) {
    CommitmentScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyManageItsCommitments(World.in(store.get()));
  }
}
