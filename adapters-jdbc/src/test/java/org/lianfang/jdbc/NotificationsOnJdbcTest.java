package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.NotificationScenarios;
import org.lianfang.testing.World;

/**
 * Notifications and their dispatch on every database (issue 12, decision 4): the scenarios of
 * {@link NotificationScenarios}, with the outbox of schema version 17 claimed {@code FOR UPDATE SKIP LOCKED}.
 */
class NotificationsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d4_aChangeAndItsNotificationsCommitTogether(TestDatabases.Kind kind) {
    NotificationScenarios.d4_aChangeAndItsNotificationsCommitTogether(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d4_aFailedOrHungSendIsRetriedWithItsKeyAndTheRestGoOn(TestDatabases.Kind kind) {
    NotificationScenarios.d4_aFailedOrHungSendIsRetriedWithItsKeyAndTheRestGoOn(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d4_aPoisonNotificationParksWithoutHoldingUpTheRest(TestDatabases.Kind kind) {
    NotificationScenarios.d4_aPoisonNotificationParksWithoutHoldingUpTheRest(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d4_twoDispatchersRacingDeliverEachNotificationOnce(TestDatabases.Kind kind) throws Exception {
    NotificationScenarios.d4_twoDispatchersRacingDeliverEachNotificationOnce(World.in(Stores.fresh(kind)), 100);
  }
}
