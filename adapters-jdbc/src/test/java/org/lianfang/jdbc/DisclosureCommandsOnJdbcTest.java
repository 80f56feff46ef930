package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.DisclosureScenarios;
import org.lianfang.testing.World;

/**
 * The publication of power on every database (issue 11, P-16): the scenarios of {@link DisclosureScenarios}, with
 * disclosures and secret items kept in the tables of schema version 13.
 */
class DisclosureCommandsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p16_s8_p3_aPowerIsPublishedStaleWhenItChangesAndNeverWhenSecret(Supplier<JdbcStore> store) {
    DisclosureScenarios.p16_s8_p3_aPowerIsPublishedStaleWhenItChangesAndNeverWhenSecret(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(Supplier<JdbcStore> store) {
    DisclosureScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void onlyTheUnitsLeaderAndTheDisciplineBodyPublishItsPowers(Supplier<JdbcStore> store) {
    DisclosureScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyPublishItsPowers(World.in(store.get()));
  }
}
