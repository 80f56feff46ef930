package org.lianfang.application.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.Lianfang;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.ledger.JournalEntry;
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

  /**
   * Issue 10, finding 14: a limit below 1 or a sequence below 1 is refused as invalid input naming the field, in both
   * languages, and reads nothing; a limit above {@link LedgerQueries#MAX_JOURNAL_PAGE} reads that many, and the rest
   * is read from where the page ended.
   */
  @Test
  void finding14JournalPagingRefusesBadLimitsAndCapsLargeOnes() {
    for (int i = 0; i < LedgerQueries.MAX_JOURNAL_PAGE; i++) {
      w.draft(w.aPointOnApprover().described("第" + i + "个风险").build());
    }
    LedgerQueries q = lf.ledger().queries();
    long entries = ((org.lianfang.ledger.Verification.Intact) q.verifyJournal(w.auditor, w.land).orElseThrow())
        .entries();
    assertTrue(entries > LedgerQueries.MAX_JOURNAL_PAGE, "more entries than one page: " + entries);

    for (int limit : new int[] {0, -1, Integer.MIN_VALUE}) {
      Refusal r = ((Outcome.Refused<?>) q.journal(w.auditor, w.land, 1, limit)).refusal();
      assertEquals(Refusal.Code.INVALID_INPUT, r.code());
      assertEquals("limit", r.violations().get(0).field());
      assertEquals("条数：不能小于 1", r.violations().get(0).messageZh());
      assertEquals("limit: must be at least 1", r.violations().get(0).messageEn());
    }
    for (long from : new long[] {0, -1, Long.MIN_VALUE}) {
      Refusal r = ((Outcome.Refused<?>) q.journal(w.auditor, w.land, from, 10)).refusal();
      assertEquals(Refusal.Code.INVALID_INPUT, r.code());
      assertEquals("fromSequence", r.violations().get(0).field());
      assertTrue(r.messageZh().contains("起始序号：不能小于 1"), r.messageZh());
    }

    List<JournalEntry> first = q.journal(w.auditor, w.land, 1, Integer.MAX_VALUE).orElseThrow();
    assertEquals(LedgerQueries.MAX_JOURNAL_PAGE, first.size(), "capped");
    assertEquals(1, first.get(0).sequence());
    List<JournalEntry> rest = q.journal(w.auditor, w.land, LedgerQueries.MAX_JOURNAL_PAGE + 1, Integer.MAX_VALUE)
        .orElseThrow();
    assertEquals(entries - LedgerQueries.MAX_JOURNAL_PAGE, rest.size(), "the rest, read from where the page ended");
    assertEquals(entries, rest.get(rest.size() - 1).sequence());
  }
}
