package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.TickScenarios;
import org.lianfang.testing.World;

/**
 * The tick on every database (issue 12, decision 5): the scenarios of {@link TickScenarios}, with the deadlines of
 * schema version 18 read {@code FOR UPDATE SKIP LOCKED}.
 */
class TickOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d5_aReplyIsRemindedBeforeItsDayAndFoundOverdueOnceEach(Supplier<JdbcStore> store) {
    TickScenarios.d5_aReplyIsRemindedBeforeItsDayAndFoundOverdueOnceEach(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d5_aReplyEndsItsDeadlineAndAnAcceptanceStartsTheVerifications(Supplier<JdbcStore> store) {
    TickScenarios.d5_aReplyEndsItsDeadlineAndAnAcceptanceStartsTheVerifications(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d5_aLateTickSaysOnlyWhatIsTrueAtItsInstant(Supplier<JdbcStore> store) {
    TickScenarios.d5_aLateTickSaysOnlyWhatIsTrueAtItsInstant(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d5_twoTickersAtOnceRaiseEachAlertOnce(Supplier<JdbcStore> store) throws Exception {
    TickScenarios.d5_twoTickersAtOnceRaiseEachAlertOnce(World.in(store.get()), 600);
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d5_p21_anItemIsRemindedUntilItIsVerified(Supplier<JdbcStore> store) {
    TickScenarios.d5_p21_anItemIsRemindedUntilItIsVerified(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void d5_p13_p5_p15_theEarlierStagesDeadlinesAreInTheTick(Supplier<JdbcStore> store) {
    TickScenarios.d5_p13_p5_p15_theEarlierStagesDeadlinesAreInTheTick(World.in(store.get()));
  }
}
