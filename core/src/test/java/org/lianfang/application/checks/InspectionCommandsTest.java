package org.lianfang.application.checks;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.InspectionScenarios;
import org.lianfang.testing.World;

/** Special inspections (issue 13, S-10, P-12) on the in-memory store: the scenarios of {@link InspectionScenarios}. */
class InspectionCommandsTest {
  @Test
  void s10_anInspectionFindsOrdersRectificationAndRecordsWhoWasHeldAccountable() {
    InspectionScenarios.s10_anInspectionFindsOrdersRectificationAndRecordsWhoWasHeldAccountable(
        World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    InspectionScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void s10_onlyTheDisciplineBodyInspects() {
    InspectionScenarios.s10_onlyTheDisciplineBodyInspects(World.in(InMemoryStore.create()));
  }
}
