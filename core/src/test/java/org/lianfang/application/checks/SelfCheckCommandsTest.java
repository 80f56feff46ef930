package org.lianfang.application.checks;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.SelfCheckScenarios;
import org.lianfang.testing.World;

/** Half-year self-checks (issue 13, P-12, P-23) on the in-memory store: the scenarios of {@link SelfCheckScenarios}. */
class SelfCheckCommandsTest {
  @Test
  void p23_aUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledgedAbove() {
    SelfCheckScenarios.p23_aUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledgedAbove(
        World.in(InMemoryStore.create()));
  }

  @Test
  void p23_aMissedSelfCheckIsSaidOnceAndTheNextHalfIsOwed() {
    SelfCheckScenarios.p23_aMissedSelfCheckIsSaidOnceAndTheNextHalfIsOwed(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    SelfCheckScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void p12_theUnitWritesItsSelfCheckAndTheUnitAboveAcknowledgesIt() {
    SelfCheckScenarios.p12_theUnitWritesItsSelfCheckAndTheUnitAboveAcknowledgesIt(World.in(InMemoryStore.create()));
  }
}
