package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.AppraisalScenarios;
import org.lianfang.testing.World;

/**
 * Public appraisal on every database (issue 13, S-12, P-25): the scenarios of {@link AppraisalScenarios}, with rounds
 * kept in the tables of schema version 26.
 */
class AppraisalCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p25_aRoundScoresItsAnswersRectifiesDissatisfactionAndFlagsItems(Supplier<JdbcStore> store) {
    AppraisalScenarios.p25_aRoundScoresItsAnswersRectifiesDissatisfactionAndFlagsItems(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    AppraisalScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p25_p11_theUnitRunsItsRoundAndARespondentsContactIsSealed(Supplier<JdbcStore> store) {
    AppraisalScenarios.p25_p11_theUnitRunsItsRoundAndARespondentsContactIsSealed(World.in(store.get()));
  }
}
