package org.lianfang.application.monitoring;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.TickScenarios;
import org.lianfang.testing.World;

/** The tick (issue 12, decision 5) on the in-memory store: the scenarios of {@link TickScenarios}. */
class TickCommandsTest {
  @Test
  void d5_aReplyIsRemindedBeforeItsDayAndFoundOverdueOnceEach() {
    TickScenarios.d5_aReplyIsRemindedBeforeItsDayAndFoundOverdueOnceEach(World.in(InMemoryStore.create()));
  }

  @Test
  void d5_aReplyEndsItsDeadlineAndAnAcceptanceStartsTheVerifications() {
    TickScenarios.d5_aReplyEndsItsDeadlineAndAnAcceptanceStartsTheVerifications(World.in(InMemoryStore.create()));
  }

  @Test
  void d5_aLateTickSaysOnlyWhatIsTrueAtItsInstant() {
    TickScenarios.d5_aLateTickSaysOnlyWhatIsTrueAtItsInstant(World.in(InMemoryStore.create()));
  }

  @Test
  void d5_twoTickersAtOnceRaiseEachAlertOnce() throws Exception {
    TickScenarios.d5_twoTickersAtOnceRaiseEachAlertOnce(World.in(InMemoryStore.create()), 600);
  }

  @Test
  void d5_p21_anItemIsRemindedUntilItIsVerified() {
    TickScenarios.d5_p21_anItemIsRemindedUntilItIsVerified(World.in(InMemoryStore.create()));
  }

  @Test
  void d5_p13_p5_p15_theEarlierStagesDeadlinesAreInTheTick() {
    TickScenarios.d5_p13_p5_p15_theEarlierStagesDeadlinesAreInTheTick(World.in(InMemoryStore.create()));
  }
}
