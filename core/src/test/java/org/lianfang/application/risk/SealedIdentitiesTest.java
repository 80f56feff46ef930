package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.SealedIdentities;
import org.lianfang.testing.World;

/**
 * Issue 10, findings 5 and 10, on the in-memory store ({@link SealedIdentities} runs the same on each database): what
 * people said of a point stays on record when it goes stale, and whoever raised a point of colleagues or the public is
 * sealed like a commenter (P-3, P-11).
 */
class SealedIdentitiesTest {
  @Test
  void p11_finding5APointGoingStaleKeepsItsCommentsSealed() {
    World w = World.in(InMemoryStore.create());
    RiskPointId id = SealedIdentities.staleKeepsItsComments(w);
    RiskPoint stored = w.store.riskPoints().find(id).orElseThrow();
    assertEquals(3, stored.riskReview().allComments().size(), "every comment, the earlier notice's first");
    assertEquals(stored.earlierComments(), stored.riskReview().allComments().subList(0, 2));
  }

  @Test
  void p11_finding10WhoRaisedAPointOfColleaguesOrThePublicIsSealed() {
    World w = World.in(InMemoryStore.create());
    RiskPointId id = SealedIdentities.raisersAreSealed(w);
    RiskPoint stored = w.store.riskPoints().find(id).orElseThrow();
    RiskPoint sealed = AggregateKinds.RISK_POINTS.sealed(stored);
    assertEquals(NoticeComment.SEALED, sealed.identifiedBy(), "exports without clearance take the sealed form");
    assertEquals("", sealed.raiserSeal());
  }

  @Test
  void p11_aSealIsKeptOnlyWithARaiserWhoIsSealed() {
    World w = World.in(InMemoryStore.create());
    RiskPointId own = w.draft(w.aPointOnApprover().build());
    RiskPoint p = w.store.riskPoints().find(own).orElseThrow();
    assertEquals("", p.raiserSeal(), "a point its holder found names who entered it and has no seal");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RiskPoint.restore(p.id(),
        p.code(), p.location(), p.description(), p.owners(), p.custom(), p.state(), p.grading(), p.notice(),
        p.confirmation(), p.history(), p.earlierComments(), p.identifiedBy(), "5ea1".repeat(8), p.identifiedAt(),
        p.version()));
    assertTrue(e.getMessage().contains("SELF"), e.getMessage());
  }
}
