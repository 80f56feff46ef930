package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.AppraisalScenarios;
import org.lianfang.testing.World;

/**
 * Public appraisal on every database (issue 13, S-12, P-25): the scenarios of {@link AppraisalScenarios}, with rounds
 * kept in the tables of schema version 26.
 */
class AppraisalCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p25_aRoundScoresItsAnswersRectifiesDissatisfactionAndFlagsItems(TestDatabases.Kind kind) {
    AppraisalScenarios.p25_aRoundScoresItsAnswersRectifiesDissatisfactionAndFlagsItems(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    AppraisalScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p25_p11_theUnitRunsItsRoundAndARespondentsContactIsSealed(TestDatabases.Kind kind) {
    AppraisalScenarios.p25_p11_theUnitRunsItsRoundAndARespondentsContactIsSealed(World.in(Stores.fresh(kind)));
  }
}
