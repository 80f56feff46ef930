package org.lianfang.application.checks;

import org.junit.jupiter.api.Test;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.AppraisalScenarios;
import org.lianfang.testing.World;

/** Public appraisal (issue 13, S-12, P-25) on the in-memory store: the scenarios of {@link AppraisalScenarios}. */
class AppraisalCommandsTest {
  @Test
  void p25_aRoundScoresItsAnswersRectifiesDissatisfactionAndFlagsItems() {
    AppraisalScenarios.p25_aRoundScoresItsAnswersRectifiesDissatisfactionAndFlagsItems(
        World.in(InMemoryStore.create()));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    AppraisalScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(InMemoryStore.create()));
  }

  @Test
  void p25_p11_theUnitRunsItsRoundAndARespondentsContactIsSealed() {
    AppraisalScenarios.p25_p11_theUnitRunsItsRoundAndARespondentsContactIsSealed(World.in(InMemoryStore.create()));
  }
}
