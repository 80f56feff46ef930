package org.lianfang.application.monitoring;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.NotificationScenarios;
import org.lianfang.testing.World;

/** Notifications and their dispatch (issue 12, decision 4) on the in-memory store: {@link NotificationScenarios}. */
class NotificationCommandsTest {
  @Test
  void d4_aChangeAndItsNotificationsCommitTogether() {
    NotificationScenarios.d4_aChangeAndItsNotificationsCommitTogether(World.in(InMemoryStore.create()));
  }

  @Test
  void d4_aFailedOrHungSendIsRetriedWithItsKeyAndTheRestGoOn() {
    NotificationScenarios.d4_aFailedOrHungSendIsRetriedWithItsKeyAndTheRestGoOn(World.in(InMemoryStore.create()));
  }

  @Test
  void d4_aPoisonNotificationParksWithoutHoldingUpTheRest() {
    NotificationScenarios.d4_aPoisonNotificationParksWithoutHoldingUpTheRest(World.in(InMemoryStore.create()));
  }

  @Test
  void d4_twoDispatchersRacingDeliverEachNotificationOnce() throws Exception {
    NotificationScenarios.d4_twoDispatchersRacingDeliverEachNotificationOnce(World.in(InMemoryStore.create()), 100);
  }
}
