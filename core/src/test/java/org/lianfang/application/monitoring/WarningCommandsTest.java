package org.lianfang.application.monitoring;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.WarningScenarios;
import org.lianfang.testing.World;

/** Warnings (issue 12, P-8, P-18, P-10) on the in-memory store: the scenarios of {@link WarningScenarios}. */
class WarningCommandsTest {
  @Test
  void p8_p18_aWarningIsAnsweredEscalatedOnceVerifiedAndClosedEachStepJournaled() {
    WarningScenarios.p8_p18_aWarningIsAnsweredEscalatedOnceVerifiedAndClosedEachStepJournaled(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p10_aTransferAndACancellationEachEndAWarningWithItsReason() {
    WarningScenarios.p10_aTransferAndACancellationEachEndAWarningWithItsReason(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    WarningScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void onlyTheDisciplineBodyDecidesAndTheUnitAnswers() {
    WarningScenarios.onlyTheDisciplineBodyDecidesAndTheUnitAnswers(World.in(InMemoryStore.create()));
  }
}
