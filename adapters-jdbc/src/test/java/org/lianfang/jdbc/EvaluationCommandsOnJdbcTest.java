package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.EvaluationScenarios;
import org.lianfang.testing.World;

/**
 * The annual evaluation on every database (issue 13, S-11, P-24): the scenarios of {@link EvaluationScenarios}, with
 * evaluations kept in the tables of schema version 27 and each unit's year read kind by kind.
 */
class EvaluationCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p24_aUnitsYearIsReadFromItsRecordsAndScored(TestDatabases.Kind kind) {
    EvaluationScenarios.p24_aUnitsYearIsReadFromItsRecordsAndScored(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s11_p24_aUnitsYearIsAssessedInspectedProposedDecidedAndPublished(TestDatabases.Kind kind) {
    EvaluationScenarios.s11_p24_aUnitsYearIsAssessedInspectedProposedDecidedAndPublished(
        World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    EvaluationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s11_aUnitAssessesItselfAndOnlyTheBodyAboveEvaluatesIt(TestDatabases.Kind kind) {
    EvaluationScenarios.s11_aUnitAssessesItselfAndOnlyTheBodyAboveEvaluatesIt(World.in(Stores.fresh(kind)));
  }
}
