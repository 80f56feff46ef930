package org.lianfang.application.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.Lianfang;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.World;

/** The journal's reads (ARCHITECTURE.md decisions 1 and 3): who may read and verify a unit's chain, and how. */
class LedgerQueriesTest {
  private World w;
  private Lianfang lf;

  @BeforeEach
  void world() {
    w = World.in(InMemoryStore.create());
    lf = w.lianfang;
  }

  @Test
  void theJournalIsReadAndVerifiedOnlyByThoseAllowed() {
    w.confirmed(w.aPointOnApprover().build());
    assertTrue(lf.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    Outcome<?> denied = lf.ledger().queries().verifyJournal(w.approverHolder, w.land);
    assertEquals(Refusal.Code.ACCESS_DENIED, ((Outcome.Refused<?>) denied).refusal().code());
    assertFalse(lf.ledger().queries().journal(w.planningLeader, w.land, 1, 10).isAccepted());
  }

  @Test
  void verificationReadsLongChainsPageByPage() {
    for (int i = 0; i < 600; i++) {
      w.draft(w.aPointOnApprover().described("风险" + i).build());
      lf.risks().grade(w.landLeader, new GradeRiskPoint(
          lf.risks().queries().riskPoints(w.auditor, w.land).get(i).id(), 2, 2, false, false)).orElseThrow();
    }
    long entries = lf.ledger().queries().journal(w.auditor, w.land, 1, 100_000).orElseThrow().size();
    assertTrue(entries > 1000);
    assertEquals(new org.lianfang.ledger.Verification.Intact(entries),
        lf.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow());
  }
}
