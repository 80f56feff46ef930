package org.lianfang.application.control;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.EducationScenarios;
import org.lianfang.testing.World;

/** Education on the first line (issue 11, P-15) on the in-memory store: the scenarios of {@link EducationScenarios}. */
class EducationCommandsTest {
  @Test
  void p15_s7_activitiesMeetTheYearsObligationsEachStepJournaled() {
    EducationScenarios.p15_s7_activitiesMeetTheYearsObligationsEachStepJournaled(World.in(InMemoryStore.create()));
  }

  @Test
  void p15_theEducationPolicyIsTheInstancesChoice() {
    EducationScenarios.p15_theEducationPolicyIsTheInstancesChoice(World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    EducationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void onlyTheUnitsLeaderAndTheDisciplineBodyRecordItsEducation() {
    EducationScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyRecordItsEducation(World.in(InMemoryStore.create()));
  }
}
