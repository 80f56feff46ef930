package org.lianfang.jdbc;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.testing.SectionGrants;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 13, on every database: the scenarios of {@link SectionGrants}, with the posts' sections stored in
 * {@code lf_post.section} (V009).
 */
class SectionGrantsOnJdbcTest {
  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void p1_finding13ASectionHeadActsOnTheirSectionsPostsOnly(Supplier<JdbcStore> store) {
    SectionGrants.sectionHeadActsOnTheirSectionOnly(World.in(store.get()));
  }

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#everywhere")
  void finding13LeadingOneBureauAndAuditingTheCityLeadsOnlyThatBureau(Supplier<JdbcStore> store) {
    SectionGrants.aGrantActsInItsOwnUnitOnly(World.in(store.get()));
  }
}
