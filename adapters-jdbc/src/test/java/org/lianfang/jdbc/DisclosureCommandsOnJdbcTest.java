package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.DisclosureScenarios;
import org.lianfang.testing.World;

/**
 * The publication of power on every database (issue 11, P-16): the scenarios of {@link DisclosureScenarios}, with
 * disclosures and secret items kept in the tables of schema version 13.
 */
class DisclosureCommandsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p16_s8_p3_aPowerIsPublishedStaleWhenItChangesAndNeverWhenSecret(TestDatabases.Kind kind) {
    DisclosureScenarios.p16_s8_p3_aPowerIsPublishedStaleWhenItChangesAndNeverWhenSecret(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void badInputIsRefusedNamingTheFieldAndChangesNothing(TestDatabases.Kind kind) {
    DisclosureScenarios.badInputIsRefusedNamingTheFieldAndChangesNothing(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void onlyTheUnitsLeaderAndTheDisciplineBodyPublishItsPowers(TestDatabases.Kind kind) {
    DisclosureScenarios.onlyTheUnitsLeaderAndTheDisciplineBodyPublishItsPowers(World.in(Stores.fresh(kind)));
  }
}
