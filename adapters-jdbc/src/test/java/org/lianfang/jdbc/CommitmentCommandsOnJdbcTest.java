package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.CommitmentScenarios;
import org.lianfang.testing.World;

/**
 * Service commitments on every database (issue 11, P-17): the scenarios of {@link CommitmentScenarios}, with
 * commitments kept in the table of schema version 14.
 */
class CommitmentCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p17_s8_aCommitmentIsReviewedPublishedKeptAndJudgedEachStepJournaled(TestDatabases.Kind kind) {
    CommitmentScenarios.p17_s8_aCommitmentIsReviewedPublishedKeptAndJudgedEachStepJournaled(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p17_theBreachLadderCountsEachHoldersBreachesInTheYear(TestDatabases.Kind kind) {
    CommitmentScenarios.p17_theBreachLadderCountsEachHoldersBreachesInTheYear(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    CommitmentScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsCommitments(TestDatabases.Kind kind) {
    CommitmentScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyManageItsCommitments(World.in(Stores.fresh(kind)));
  }
}
