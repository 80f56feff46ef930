package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.ledger.Verification;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.World;

/** The whole library on each real database: a unit's identification stage, its forms and its verified journal. */
class LianfangOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void theLargestCommandTheLimitsAllowIsStoredWholeAndItsChainVerifies(TestDatabases.Kind kind) {
    World w = World.in(Stores.fresh(kind));
    String longest = "廉".repeat(org.lianfang.Limits.TEXT - 2) + "𠮷";
    IdentifyRiskPoint.Builder b = w.aPointOnApprover().described(longest).showingAs(longest);
    for (int i = 0; i < 60; i++) {
      b.source(org.lianfang.risk.SourceKind.OTHER, longest);
    }
    RiskPointId id = w.lianfang.risks().identify(w.landLeader, b.build()).orElseThrow();
    RiskPoint p = w.lianfang.risks().queries().riskPoint(w.auditor, id).orElseThrow();
    assertEquals(longest, p.description().description());
    assertEquals(60, p.description().sources().size());
    assertTrue(w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow().stream()
        .anyMatch(e -> e.payload().length() > 60 * longest.length()), "the whole event is in the journal");
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * Issue 10, finding 9: a point restored into a unit (as an import or a bulk load does) holds the code its source gave
   * it, 0002, while the unit holds one point. The unit's first identification used to take count + 1 = 0002 and fail
   * as a retryable conflict at every try; it takes 0003.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding9AnIdentificationAfterARestoredPointHoldingTheNextCodeTakesTheOneAfter(TestDatabases.Kind kind) {
    World source = World.in(org.lianfang.memory.InMemoryStore.create());
    source.draft(source.aPointOnApprover().described("第一个风险").build());
    RiskPoint second = source.store.riskPoints().find(source.draft(source.aPointOnApprover().described("第二个风险")
        .build())).orElseThrow();
    World w = World.in(Stores.fresh(kind)); // the same ids: the same unit, post and officials
    String unitCode = w.store.units().find(w.land).orElseThrow().code();
    assertEquals(unitCode + "-0002", second.code());
    w.store.transactions().inTransaction(() -> {
      w.store.riskPoints().insert(second.withVersion(0));
      return null;
    });
    RiskPointId next = w.lianfang.risks().identify(w.landLeader, w.aPointOnApprover().build()).orElseThrow();
    assertEquals(unitCode + "-0003", w.lianfang.risks().queries().riskPoint(w.auditor, next).orElseThrow().code());
  }

  /**
   * Issue 10, finding 6: the longest id an actor may have ({@link org.lianfang.TextHygiene#MAX_ID_LENGTH}, here with a
   * character outside the basic plane) fits every column that keeps it: a commenter's id on a notice is stored, read
   * back in clear by the discipline body, and the journal verifies. A longer id is refused before any database sees it
   * ({@code TextHygieneTest}).
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding6TheLongestActorIdIsKeptWholeAsACommenter(TestDatabases.Kind kind) {
    World w = World.in(Stores.fresh(kind));
    RiskPointId id = w.published(w.aPointOnApprover().build());
    String longest = "市民".repeat(org.lianfang.TextHygiene.MAX_ID_LENGTH / 2 - 1) + "𠮷";
    org.lianfang.Actor citizen = org.lianfang.Actor.of(longest, "王五", java.util.List.of(org.lianfang.Role.PUBLIC),
        w.visitor.scope());
    w.lianfang.risks().comment(citizen, new org.lianfang.application.risk.CommentOnNotice(id, "意见")).orElseThrow();
    assertEquals(longest, w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow().notice()
        .orElseThrow().comments().get(0).authorId());
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void anAbsentValueIsStoredAsNullAndAnEmptyTextAsEmpty(TestDatabases.Kind kind) throws Exception {
    javax.sql.DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    World w = World.in(JdbcStore.of(ds));
    RiskPointId id = w.draft(org.lianfang.testing.RiskPointFixture.aRiskPoint(w.land).showingAs("").build());
    try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
        "SELECT post_id, step_code, owner_direct, g_level, n_scope, manifestation FROM lf_risk_point WHERE code = ?")) {
      ps.setString(1, w.lianfang.risks().queries().riskPoint(w.auditor, id).orElseThrow().code());
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        for (String absent : new String[] {"post_id", "step_code", "owner_direct", "g_level", "n_scope"}) {
          assertEquals(null, rs.getString(absent), absent + " is NULL, not ''");
        }
        assertEquals("", rs.getString("manifestation"), "an empty text stays an empty text");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aUnitRunsItsIdentificationStage(TestDatabases.Kind kind) {
    World w = World.in(Stores.fresh(kind));
    RiskPointId id = w.published(w.aPointOnApprover().described("利用审批权为亲友谋利 𠮷😀 '\";--").build());
    w.lianfang.risks().comment(w.visitor, new CommentOnNotice(id, "建议公开审批时限")).orElseThrow();
    LocalDate end = w.clock.today().plusDays(7);
    w.clock.setDay(end);
    w.lianfang.risks().confirm(w.landLeader, new ConfirmRiskPoint(id, "局党组会议", end)).orElseThrow();

    RiskPoint p = w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow();
    assertEquals(ReviewState.CONFIRMED, p.state());
    assertEquals("利用审批权为亲友谋利 𠮷😀 '\";--", p.description().description());
    assertEquals(1, p.notice().orElseThrow().comments().size());
    assertEquals(1, w.lianfang.risks().queries().form2(w.auditor, w.land).orElseThrow().rows().size());
    Verification v = w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow();
    assertTrue(v.intact(), v.toString());
    assertEquals(new Verification.Intact(
        w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow().size()), v);
  }
}
