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
  void p1_finding13ASectionHeadActsOnTheirSectionsPostsOnly(TestDatabases.Kind kind) throws Exception {
    SectionGrants.sectionHeadActsOnTheirSectionOnly(World.in(store(kind)));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding13LeadingOneBureauAndAuditingTheCityLeadsOnlyThatBureau(TestDatabases.Kind kind) throws Exception {
    SectionGrants.aGrantActsInItsOwnUnitOnly(World.in(store(kind)));
  }

  private static JdbcStore store(TestDatabases.Kind kind) throws Exception {
    javax.sql.DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    return JdbcStore.of(ds);
  }
}
