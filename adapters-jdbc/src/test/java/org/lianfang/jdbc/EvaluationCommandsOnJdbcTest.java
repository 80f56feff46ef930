package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.EvaluationScenarios;
import org.lianfang.testing.World;

/**
 * The annual evaluation on every database (issue 13, S-11, P-24): the scenarios of {@link EvaluationScenarios}, with
 * evaluations kept in the tables of schema version 27 and each unit's year read kind by kind.
 */
class EvaluationCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p24_aUnitsYearIsReadFromItsRecordsAndScored(Supplier<JdbcStore> store) {
    EvaluationScenarios.p24_aUnitsYearIsReadFromItsRecordsAndScored(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s11_p24_aUnitsYearIsAssessedInspectedProposedDecidedAndPublished(Supplier<JdbcStore> store) {
    EvaluationScenarios.s11_p24_aUnitsYearIsAssessedInspectedProposedDecidedAndPublished(
        World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    EvaluationScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void s11_aUnitAssessesItselfAndOnlyTheBodyAboveEvaluatesIt(Supplier<JdbcStore> store) {
    EvaluationScenarios.s11_aUnitAssessesItselfAndOnlyTheBodyAboveEvaluatesIt(World.in(store.get()));
  }
}
