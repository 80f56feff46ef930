package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.grading.RiskGrade;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.World;

/** The review workflow through the entry point (S-3, S-5, S-6, P-1, P-5). */
class RiskWorkflowTest {
  private World w;
  private Lianfang lf;
  private InMemoryStore store;

  @BeforeEach
  void world() {
    store = InMemoryStore.create();
    w = World.in(store);
    lf = w.lianfang;
  }

  private RiskPoint point(RiskPointId id) {
    return lf.risks().queries().riskPoint(w.auditor, id).orElseThrow();
  }

  private static Refusal.Code code(Outcome<?> o) {
    return ((Outcome.Refused<?>) o).refusal().code();
  }

  private void assertRefusedWithoutTrace(Refusal.Code expected, java.util.function.Supplier<Outcome<?>> command) {
    NoTrace.assertRefused(store, expected, command);
  }

  @Test
  void s3_anIdentifiedPointIsADraftWithACode() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    RiskPoint p = point(id);
    assertEquals(ReviewState.DRAFT, p.state());
    assertEquals("5301-GT-0001", p.code());
    assertEquals(w.landLeader.id(), p.identifiedBy());
    assertEquals(w.clock.instant(), p.identifiedAt());
    assertEquals("5301-GT-0002", point(w.draft(w.aPointOnApprover().build())).code());
  }

  @Test
  void p5_draftToReviewedToPublishedToConfirmed() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().build());
    RiskPoint p = point(id);
    assertEquals(ReviewState.CONFIRMED, p.state());
    assertEquals(List.of(ReviewAction.REVIEW, ReviewAction.PUBLISH, ReviewAction.CONFIRM),
        p.history().stream().map(h -> h.action()).toList());
    assertEquals("局党组会议", p.confirmation().orElseThrow().decidedBy());
    assertEquals(w.landLeader.id(), p.confirmation().orElseThrow().recordedBy());
  }

  @Test
  void s6_aPointIsPublishedOnlyWithAGrade() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "")).orElseThrow();
    LocalDate today = w.clock.today();
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", today,
            today.plusDays(5))));
  }

  @Test
  void p5_commentsOnlyWhileTheNoticeRuns() {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    assertTrue(lf.risks().comment(w.visitor, new CommentOnNotice(id, "同意")).isAccepted());
    w.clock.setDay(w.clock.today().plusDays(7));
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.risks().comment(w.visitor, new CommentOnNotice(id, "过期意见")));
  }

  @Test
  void p5_confirmationWaitsForTheEndOfTheNotice() {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    LocalDate today = w.clock.today();
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.risks().confirm(w.landLeader, new ConfirmRiskPoint(id, "局党组会议", today)));
    w.clock.setDay(today.plusDays(7));
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED, () -> lf.risks().confirm(w.landLeader,
        new ConfirmRiskPoint(id, "局党组会议", today.plusDays(8))));
    assertTrue(lf.risks().confirm(w.landLeader, new ConfirmRiskPoint(id, "局党组会议", today.plusDays(7)))
        .isAccepted());
  }

  @Test
  void p1_publishingNeedsAnOwnerChainThatThenStaysFixed() {
    RiskPointId id = w.reviewedAndGraded(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).build());
    LocalDate today = w.clock.today();
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", today,
            today.plusDays(7))));
    lf.risks().assignOwners(w.landLeader, new AssignOwners(id, new OwnerChain(w.chen, w.li, w.zhang))).orElseThrow();
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.risks().assignOwners(w.landLeader, new AssignOwners(id, new OwnerChain(w.chen, w.li, w.zhang))));
    lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", today,
        today.plusDays(7))).orElseThrow();
    assertRefusedWithoutTrace(Refusal.Code.ILLEGAL_TRANSITION,
        () -> lf.risks().assignOwners(w.landLeader, new AssignOwners(id, new OwnerChain(w.wang, w.li, w.zhang))));
    assertEquals(w.chen, point(id).owners().orElseThrow().directOwner());
  }

  @Test
  void s5_aNoticeCannotBeBackdated() {
    RiskPointId id = w.reviewedAndGraded(w.aPointOnApprover().build());
    LocalDate today = w.clock.today();
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.risks().publish(w.landLeader,
            new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", today.minusDays(10), today.minusDays(9))));
    assertTrue(lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏",
        today.plusDays(1), today.plusDays(8)))
        .isAccepted(), "a notice may be announced ahead");
  }

  @Test
  void p3_aStalePointLosesItsNoticeAndConfirmation() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().build());
    lf.organization().beginTenure(w.landLeader, new BeginTenure(w.approver, w.chen, w.clock.today()))
        .orElseThrow();
    RiskPoint p = point(id);
    assertEquals(ReviewState.STALE, p.state());
    assertTrue(p.notice().isEmpty());
    assertTrue(p.confirmation().isEmpty());
    assertEquals(List.of(ReviewAction.REVIEW, ReviewAction.PUBLISH, ReviewAction.CONFIRM, ReviewAction.MARK_STALE),
        p.history().stream().map(h -> h.action()).toList(), "the history keeps what happened");
  }

  @Test
  void p1_ownersMustBeStaffOfTheUnitOrAbove() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    assertRefusedWithoutTrace(Refusal.Code.UNKNOWN_REFERENCE,
        () -> lf.risks().assignOwners(w.landLeader, new AssignOwners(id, new OwnerChain(w.sun, w.li, w.zhang))));
  }

  @Test
  void illegalTransitionsAreRefusedWithAReason() {
    RiskPointId draft = w.draft(w.aPointOnApprover().build());
    LocalDate today = w.clock.today();
    assertRefusedWithoutTrace(Refusal.Code.ILLEGAL_TRANSITION,
        () -> lf.risks().confirm(w.landLeader, new ConfirmRiskPoint(draft, "局党组会议", today)));
    Outcome<RiskPointId> publishing = lf.risks().publish(w.landLeader,
        new PublishRiskPoint(draft, NoticeAudience.PUBLIC, "公示栏", today, today.plusDays(3)));
    assertEquals(Refusal.Code.ILLEGAL_TRANSITION, code(publishing));
    Refusal r = ((Outcome.Refused<?>) publishing).refusal();
    assertTrue(r.messageZh().contains("草稿"), r.messageZh());
    assertTrue(r.messageEn().contains("DRAFT"), r.messageEn());
  }

  @Test
  void s6_aPublishedOrConfirmedGradeIsFixed() {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    assertRefusedWithoutTrace(Refusal.Code.ILLEGAL_TRANSITION,
        () -> lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 5, 5, true, true)));
  }

  @Test
  void p4_regradingADraftKeepsTheNewGradeAndItsPolicy() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 1, 1, false, false)).orElseThrow();
    assertEquals(RiskGrade.GENERAL, point(id).grading().orElseThrow().grade().level(), "licensing post: 一般");
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 1, 1, true, false)).orElseThrow();
    assertEquals(RiskGrade.HIGHER, point(id).grading().orElseThrow().grade().level());
    assertEquals("seed-s6", point(id).grading().orElseThrow().grade().policy().name());
  }

  @Test
  void aUnitWidePointIsGradedOnTheUnionOfItsPosts() {
    RiskPointId id = w.draft(RiskPointFixture.aRiskPoint(w.land).build());
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 1, 1, false, false)).orElseThrow();
    assertEquals(RiskGrade.HIGHER, point(id).grading().orElseThrow().grade().level(),
        "the land bureau has a director with 三重一大 and discretionary power over money");
  }

  @Test
  void retiringIsFinal() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().build());
    lf.risks().retire(w.landLeader, new RetireRiskPoint(id, "职能已划转")).orElseThrow();
    assertEquals(ReviewState.RETIRED, point(id).state());
    assertRefusedWithoutTrace(Refusal.Code.ILLEGAL_TRANSITION,
        () -> lf.risks().retire(w.landLeader, new RetireRiskPoint(id, "再次撤销")));
    assertRefusedWithoutTrace(Refusal.Code.ILLEGAL_TRANSITION,
        () -> lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "")));
  }

  @Test
  void s3_theReferencesOfANewPointMustBeTheUnits() {
    assertRefusedWithoutTrace(Refusal.Code.UNKNOWN_REFERENCE,
        () -> lf.risks().identify(w.landLeader, RiskPointFixture.aRiskPoint(w.land).onPost(w.planner).build()));
    assertRefusedWithoutTrace(Refusal.Code.UNKNOWN_REFERENCE, () -> lf.risks().identify(w.landLeader,
        w.aPointOnApprover().atStep(w.approvalProcess, "不存在的环节").build()));
    assertRefusedWithoutTrace(Refusal.Code.UNKNOWN_REFERENCE, () -> lf.risks().identify(w.landLeader,
        w.aPointOnApprover().forPower(new org.lianfang.organization.PowerItemId(java.util.UUID.randomUUID()))
            .build()));
    assertRefusedWithoutTrace(Refusal.Code.UNKNOWN_REFERENCE, () -> lf.risks().identify(w.landLeader,
        RiskPointFixture.aRiskPoint(new org.lianfang.UnitId(java.util.UUID.randomUUID())).build()));
  }

  @Test
  void p2_aPointsStepAndPowerBelongToItsPost() {
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED, () -> lf.risks().identify(w.landLeader,
        RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).atStep(w.approvalProcess, "审查").build()));
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED, () -> lf.risks().identify(w.landLeader,
        RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).forPower(w.landApproval).build()));
    assertTrue(lf.risks().identify(w.landLeader, RiskPointFixture.aRiskPoint(w.land).atStep(w.approvalProcess, "审查")
        .forPower(w.landApproval).build()).isAccepted(), "a unit-wide point may sit at any of the unit's steps");
  }

  @Test
  void everyAcceptedCommandAppendsToItsUnitsChainAndNothingElse() {
    int before = lf.ledger().queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow().size();
    int planningBefore = lf.ledger().queries().journal(w.auditor, w.planning, 1, 10_000).orElseThrow().size();
    w.confirmed(w.aPointOnApprover().build());
    List<org.lianfang.ledger.JournalEntry> after = lf.ledger().queries().journal(w.auditor, w.land, 1, 10_000)
        .orElseThrow();
    assertEquals(List.of("risk.identified", "risk.reviewed", "risk.graded", "risk.published", "risk.confirmed"),
        after.subList(before, after.size()).stream().map(e -> e.eventType()).toList());
    assertEquals(planningBefore, lf.ledger().queries().journal(w.auditor, w.planning, 1, 10_000).orElseThrow().size());
    assertTrue(lf.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
  }
}
