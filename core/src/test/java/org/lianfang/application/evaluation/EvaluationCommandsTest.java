package org.lianfang.application.evaluation;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.EvaluationScenarios;
import org.lianfang.testing.World;

/**
 * The annual evaluation (issue 13, S-11, P-24) on the in-memory store: the scenarios of {@link EvaluationScenarios}.
 */
class EvaluationCommandsTest {
  @Test
  void p24_aUnitsYearIsReadFromItsRecordsAndScored() {
    EvaluationScenarios.p24_aUnitsYearIsReadFromItsRecordsAndScored(World.in(InMemoryStore.create()));
  }

  @Test
  void s11_p24_aUnitsYearIsAssessedInspectedProposedDecidedAndPublished() {
    EvaluationScenarios.s11_p24_aUnitsYearIsAssessedInspectedProposedDecidedAndPublished(
        World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    EvaluationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void s11_aUnitAssessesItselfAndOnlyTheBodyAboveEvaluatesIt() {
    EvaluationScenarios.s11_aUnitAssessesItselfAndOnlyTheBodyAboveEvaluatesIt(World.in(InMemoryStore.create()));
  }
}
