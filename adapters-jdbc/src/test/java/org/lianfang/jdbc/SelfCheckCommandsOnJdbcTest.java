package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.SelfCheckScenarios;
import org.lianfang.testing.World;

/**
 * Half-year self-checks on every database (issue 13, P-12, P-23): the scenarios of {@link SelfCheckScenarios}, with
 * self-checks kept in the table of schema version 25.
 */
class SelfCheckCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p23_aUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledgedAbove(Supplier<JdbcStore> store) {
    SelfCheckScenarios.p23_aUnitsSelfCheckIsSubmittedWithItsFiguresAndAcknowledgedAbove(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p23_aMissedSelfCheckIsSaidOnceAndTheNextHalfIsOwed(Supplier<JdbcStore> store) {
    SelfCheckScenarios.p23_aMissedSelfCheckIsSaidOnceAndTheNextHalfIsOwed(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    SelfCheckScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p12_theUnitWritesItsSelfCheckAndTheUnitAboveAcknowledgesIt(Supplier<JdbcStore> store) {
    SelfCheckScenarios.p12_theUnitWritesItsSelfCheckAndTheUnitAboveAcknowledgesIt(World.in(store.get()));
  }
}
