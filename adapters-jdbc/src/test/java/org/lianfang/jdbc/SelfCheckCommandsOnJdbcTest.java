package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.SelfCheckScenarios;
import org.lianfang.testing.World;

/**
 * Half-year self-checks on every database (issue 13, P-12, P-23): the scenarios of {@link SelfCheckScenarios}, with
 * self-checks kept in the table of schema version 25.
 */
class SelfCheckCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p23_aUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledgedAbove(TestDatabases.Kind kind) {
    SelfCheckScenarios.p23_aUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledgedAbove(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p23_aMissedSelfCheckIsSaidOnceAndTheNextHalfIsOwed(TestDatabases.Kind kind) {
    SelfCheckScenarios.p23_aMissedSelfCheckIsSaidOnceAndTheNextHalfIsOwed(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    SelfCheckScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p12_theUnitWritesItsSelfCheckAndTheUnitAboveAcknowledgesIt(TestDatabases.Kind kind) {
    SelfCheckScenarios.p12_theUnitWritesItsSelfCheckAndTheUnitAboveAcknowledgesIt(World.in(Stores.fresh(kind)));
  }
}
