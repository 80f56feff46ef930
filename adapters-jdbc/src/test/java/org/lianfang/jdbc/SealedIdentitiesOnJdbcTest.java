package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.SealedIdentities;
import org.lianfang.testing.World;

/**
 * Issue 10, findings 5 and 10, on every database: the scenarios of {@link SealedIdentities}, and what the tables
 * hold. A point going stale writes no comment row: comments are appended, never rewritten, and the earlier notices'
 * stay (finding 5); the raiser's seal is a column of the point (finding 10).
 */
class SealedIdentitiesOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p11_finding5APointGoingStaleKeepsItsCommentsAndWritesNoCommentRow(TestDatabases.Kind kind) throws Exception {
    StatementCounter counter = Stores.counted(kind);
    World w = World.in(JdbcStore.of(counter.dataSource()));
    RiskPointId id = w.published(w.aPointOnApprover().build());
    w.lianfang.risks().comment(w.visitor, new CommentOnNotice(id, "窗口人员态度生硬")).orElseThrow();
    int mark = counter.statements().size();
    w.lianfang.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver,
        new PostProfile(false, Set.of(Resource.MONEY), true, false, Set.of(), Transparency.CLOSED))).orElseThrow();
    List<String> staleWrites = counter.statements().subList(mark, counter.statements().size());
    assertFalse(staleWrites.isEmpty(), kind + ": the counter sees the command's statements");
    for (String sql : staleWrites) {
      String upper = sql.toUpperCase(Locale.ROOT);
      assertFalse(upper.contains("DELETE FROM LF_RISK_COMMENT") || upper.contains("INSERT INTO LF_RISK_COMMENT"),
          kind + ": going stale rewrites no comment: " + sql);
    }
    assertEquals(List.of("窗口人员态度生硬"), comments(counter.dataSource(), w, id), kind.toString());
    assertEquals(1, w.store.riskPoints().find(id).orElseThrow().earlierComments().size(), kind.toString());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p11_finding5EarlierAndCurrentCommentsReadBackInTheirPlaces(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    World w = World.in(JdbcStore.of(ds));
    RiskPointId id = SealedIdentities.staleKeepsItsComments(w);
    assertEquals(List.of("审批窗口有人暗示“加急费”", "材料补正通知不说明理由", "复核后仍有人索要好处"), comments(ds, w, id),
        kind + ": one list, appended to, the earlier notice's first");
    assertEquals(2, w.store.riskPoints().find(id).orElseThrow().earlierComments().size(), kind.toString());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p11_finding10WhoRaisedAPointOfColleaguesOrThePublicIsSealed(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    World w = World.in(JdbcStore.of(ds));
    RiskPointId id = SealedIdentities.raisersAreSealed(w);
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT identified_by, raiser_seal FROM lf_risk_point WHERE code = ?")) {
      ps.setString(1, w.store.riskPoints().find(id).orElseThrow().code());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(w.sectionHead.id(), rs.getString(1), kind + ": the store keeps the raiser for those cleared");
        assertTrue(rs.getString(2).matches("[0-9a-f]{32}"), kind + ": with its seal");
      }
    }
  }

  /** @return the bodies of the point's comment rows, in their order (its code is unique in the world's one unit) */
  private static List<String> comments(DataSource ds, World w, RiskPointId id) throws SQLException {
    List<String> bodies = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT c.body FROM lf_risk_comment c JOIN lf_risk_point p "
            + "ON p.risk_point_id = c.risk_point_id WHERE p.code = ? ORDER BY c.ordinal")) {
      ps.setString(1, w.store.riskPoints().find(id).orElseThrow().code());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          bodies.add(rs.getString(1));
        }
      }
    }
    return bodies;
  }
}
