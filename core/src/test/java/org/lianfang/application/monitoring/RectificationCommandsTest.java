package org.lianfang.application.monitoring;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.RectificationScenarios;
import org.lianfang.testing.World;

/** Rectification items (issue 12, P-21) on the in-memory store: the scenarios of {@link RectificationScenarios}. */
class RectificationCommandsTest {
  @Test
  void p21_aWarningsItemIsWorkedSubmittedRejectedVerifiedAndClosedEachStepJournaled() {
    RectificationScenarios.p21_aWarningsItemIsWorkedSubmittedRejectedVerifiedAndClosedEachStepJournaled(
        World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    RectificationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void onlyTheDisciplineBodyDecidesAndTheUnitWorksOnItems() {
    RectificationScenarios.onlyTheDisciplineBodyDecidesAndTheUnitWorksOnItems(World.in(InMemoryStore.create()));
  }
}
