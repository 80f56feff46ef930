package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.application.CommentOnNotice;
import org.lianfang.application.ConfirmRiskPoint;
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
  void aUnitRunsItsIdentificationStage(TestDatabases.Kind kind) {
    World w = World.in(Stores.fresh(kind));
    RiskPointId id = w.posted(w.aPointOnApprover().described("利用审批权为亲友谋利 𠮷😀 '\";--").build());
    w.lianfang.commentOnNotice(w.visitor, new CommentOnNotice(id, "建议公开审批时限")).orElseThrow();
    LocalDate end = w.clock.today().plusDays(7);
    w.clock.setDay(end);
    w.lianfang.confirmRiskPoint(w.landLeader, new ConfirmRiskPoint(id, "局党组会议", end)).orElseThrow();

    RiskPoint p = w.lianfang.queries().riskPoint(w.inspector, id).orElseThrow();
    assertEquals(ReviewState.CONFIRMED, p.state());
    assertEquals("利用审批权为亲友谋利 𠮷😀 '\";--", p.description().description());
    assertEquals(1, p.notice().orElseThrow().comments().size());
    assertEquals(1, w.lianfang.queries().form2(w.auditor, w.land).orElseThrow().rows().size());
    Verification v = w.lianfang.queries().verifyJournal(w.auditor, w.land).orElseThrow();
    assertTrue(v.intact(), v.toString());
    assertEquals(new Verification.Intact(w.lianfang.queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow()
        .size()), v);
  }
}
