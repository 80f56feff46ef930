package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.TickScenarios;
import org.lianfang.testing.World;

/**
 * The tick on every database (issue 12, decision 5): the scenarios of {@link TickScenarios}, with the deadlines of
 * schema version 18 read {@code FOR UPDATE SKIP LOCKED}.
 */
class TickOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d5_aReplyIsRemindedBeforeItsDayAndFoundOverdueOnceEach(TestDatabases.Kind kind) {
    TickScenarios.d5_aReplyIsRemindedBeforeItsDayAndFoundOverdueOnceEach(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d5_aReplyEndsItsDeadlineAndAnAcceptanceStartsTheVerifications(TestDatabases.Kind kind) {
    TickScenarios.d5_aReplyEndsItsDeadlineAndAnAcceptanceStartsTheVerifications(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d5_aLateTickSaysOnlyWhatIsTrueAtItsInstant(TestDatabases.Kind kind) {
    TickScenarios.d5_aLateTickSaysOnlyWhatIsTrueAtItsInstant(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d5_twoTickersAtOnceRaiseEachAlertOnce(TestDatabases.Kind kind) throws Exception {
    TickScenarios.d5_twoTickersAtOnceRaiseEachAlertOnce(World.in(Stores.fresh(kind)), 600);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d5_p21_anItemIsRemindedUntilItIsVerified(TestDatabases.Kind kind) {
    TickScenarios.d5_p21_anItemIsRemindedUntilItIsVerified(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d5_p13_p5_p15_theEarlierStagesDeadlinesAreInTheTick(TestDatabases.Kind kind) {
    TickScenarios.d5_p13_p5_p15_theEarlierStagesDeadlinesAreInTheTick(World.in(Stores.fresh(kind)));
  }
}
