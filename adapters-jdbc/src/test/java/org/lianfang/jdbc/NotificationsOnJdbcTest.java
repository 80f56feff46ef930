package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.NotificationScenarios;
import org.lianfang.testing.World;

/**
 * Notifications and their dispatch on every database (issue 12, decision 4): the scenarios of
 * {@link NotificationScenarios}, with the outbox of schema version 17 claimed {@code FOR UPDATE SKIP LOCKED}.
 */
class NotificationsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d4_aChangeAndItsNotificationsCommitTogether(Supplier<JdbcStore> store) {
    NotificationScenarios.d4_aChangeAndItsNotificationsCommitTogether(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d4_aFailedOrHungSendIsRetriedWithItsKeyAndTheRestGoOn(Supplier<JdbcStore> store) {
    NotificationScenarios.d4_aFailedOrHungSendIsRetriedWithItsKeyAndTheRestGoOn(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d4_aPoisonNotificationParksWithoutHoldingUpTheRest(Supplier<JdbcStore> store) {
    NotificationScenarios.d4_aPoisonNotificationParksWithoutHoldingUpTheRest(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d4_twoDispatchersRacingDeliverEachNotificationOnce(Supplier<JdbcStore> store) throws Exception {
    NotificationScenarios.d4_twoDispatchersRacingDeliverEachNotificationOnce(World.in(store.get()), 100);
  }
}
