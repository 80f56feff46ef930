package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 12: existence oracles. A caller without the right learns from a refusal neither whether an official
 * exists nor a draft's code: the refusal is the one a missing record gets, and nothing changes.
 */
class AccessFirstTest {
  private final World w = World.in(InMemoryStore.create());
  private final InMemoryStore store = (InMemoryStore) w.store;

  @Test
  void finding12BeginTenureChecksAccessBeforeLookingTheOfficialUp() {
    LocalDate start = w.clock.today();
    Refusal known = NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED,
        () -> w.lianfang.organization().beginTenure(w.planningLeader, new BeginTenure(w.approver, w.zhao, start)));
    Refusal unknown = NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED, () -> w.lianfang.organization()
        .beginTenure(w.planningLeader, new BeginTenure(w.approver, new OfficialId(UUID.randomUUID()), start)));
    assertEquals(known, unknown, "the same answer whether the official exists or not");
  }

  @Test
  void finding12APublicCommentOnADraftLearnsNothingOfIt() {
    RiskPointId draft = w.draft(w.aPointOnApprover().build());
    String code = w.lianfang.risks().queries().riskPoint(w.auditor, draft).orElseThrow().code();
    Refusal onDraft = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE,
        () -> w.lianfang.risks().comment(w.visitor, new CommentOnNotice(draft, "这是什么")));
    assertFalse(onDraft.messageZh().contains(code) || onDraft.messageEn().contains(code), onDraft.message());
    RiskPointId none = new RiskPointId(UUID.randomUUID());
    Refusal onNothing = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE,
        () -> w.lianfang.risks().comment(w.visitor, new CommentOnNotice(none, "这是什么")));
    assertEquals(onNothing.messageEn().replace(none.toString(), draft.toString()), onDraft.messageEn(),
        "the answer a point that does not exist gets");
  }
}
