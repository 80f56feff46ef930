package org.lianfang.application.control;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.World;

/** The control stage's commands on the in-memory store (issue 11): the scenarios of {@link ControlScenarios}. */
class ControlCommandsTest {
  @Test
  void p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled() {
    ControlScenarios.p13_aMeasureIsDraftedRegisteredAndPutInForceEachStepJournaled(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    ControlScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures() {
    ControlScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyManageItsMeasures(World.in(InMemoryStore.create()));
  }

  @Test
  void s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints() {
    ControlScenarios.s13_form3ListsTheRegisteredAndInForceMeasuresOfConfirmedPoints(World.in(InMemoryStore.create()));
  }
}
