package org.lianfang.application.control;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.DisclosureScenarios;
import org.lianfang.testing.World;

/** The publication of power (issue 11, P-16) on the in-memory store: the scenarios of {@link DisclosureScenarios}. */
class DisclosureCommandsTest {
  @Test
  void p16_s8_p3_aPowerIsPublishedStaleWhenItChangesAndNeverWhenSecret() {
    DisclosureScenarios.p16_s8_p3_aPowerIsPublishedStaleWhenItChangesAndNeverWhenSecret(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p16_thePublicViewShowsWhatIsPublishedToday() {
    DisclosureScenarios.p16_thePublicViewShowsWhatIsPublishedToday(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    DisclosureScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void onlyTheUnitsLeaderAndTheDisciplineBodyPublishItsPowers() {
    DisclosureScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyPublishItsPowers(World.in(InMemoryStore.create()));
  }
}
