package org.lianfang.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.testing.SectionGrants;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 13, on every database: the scenarios of {@link SectionGrants}, with the posts' sections stored in
 * {@code lf_post.section} (V009).
 */
class SectionGrantsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p1_finding13ASectionHeadActsOnTheirSectionsPostsOnly(TestDatabases.Kind kind) {
    SectionGrants.sectionHeadActsOnTheirSectionOnly(World.in(Stores.fresh(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding13LeadingOneBureauAndAuditingTheCityLeadsOnlyThatBureau(TestDatabases.Kind kind) {
    SectionGrants.aGrantActsInItsOwnUnitOnly(World.in(Stores.fresh(kind)));
  }
}
