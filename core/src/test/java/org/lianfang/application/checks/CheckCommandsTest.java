package org.lianfang.application.checks;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.CheckScenarios;
import org.lianfang.testing.World;

/** Monthly checks (issue 13, S-10, P-22) on the in-memory store: the scenarios of {@link CheckScenarios}. */
class CheckCommandsTest {
  @Test
  void p22_s10_aPostsMonthIsCheckedReturnedReviewedAndItsFindingRectified() {
    CheckScenarios.p22_s10_aPostsMonthIsCheckedReturnedReviewedAndItsFindingRectified(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p22_aMeasureRatedNoneTwiceRunningRaisesOneReminder() {
    CheckScenarios.p22_aMeasureRatedNoneTwiceRunningRaisesOneReminder(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    CheckScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void s10_thePostRecordsItsCheckAndTheUnitsLeaderOrTheDisciplineBodyReviewsIt() {
    CheckScenarios.s10_thePostRecordsItsCheckAndTheUnitsLeaderOrTheDisciplineBodyReviewsIt(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p22_aMissedMonthIsFoundByTheTickExactlyOnce() {
    CheckScenarios.p22_aMissedMonthIsFoundByTheTickExactlyOnce(World.in(InMemoryStore.create()));
  }
}
