package org.lianfang.application.control;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.CommitmentScenarios;
import org.lianfang.testing.World;

/** Service commitments (issue 11, P-17) on the in-memory store: the scenarios of {@link CommitmentScenarios}. */
class CommitmentCommandsTest {
  @Test
  void p17_s8_aCommitmentIsReviewedPublishedKeptAndJudgedEachStepJournaled() {
    CommitmentScenarios.p17_s8_aCommitmentIsReviewedPublishedKeptAndJudgedEachStepJournaled(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p17_theBreachLadderCountsEachHoldersBreachesInTheYear() {
    CommitmentScenarios.p17_theBreachLadderCountsEachHoldersBreachesInTheYear(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    CommitmentScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsCommitments() {
    CommitmentScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyManageItsCommitments(World.in(InMemoryStore.create()));
  }
}
