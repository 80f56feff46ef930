package org.lianfang.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.Grade;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;

/**
 * The risk point's commands, straight on the aggregate (no facade, no store): the review workflow of S-3, S-5, P-3 and
 * P-5 ({@code docs/domain.md}), the grade and owner rules of S-6 and P-1, and the sealing of P-11. Every expected state
 * is written out here from the rules, not read from the code.
 */
class RiskPointTest {
  /** A comment's seal (P-11): the random bits kept with a sealed author. */
  private static final String SEAL = "5ea1".repeat(8);

  static final UnitId UNIT = new UnitId(UUID.fromString("01890000-0000-7000-8000-000000000001"));
  static final PostId POST = new PostId(UUID.fromString("01890000-0000-7000-8000-000000000002"));
  static final RiskPointId ID = new RiskPointId(UUID.fromString("01890000-0000-7000-8000-000000000003"));
  static final OwnerChain OWNERS = new OwnerChain(
      new OfficialId(UUID.fromString("01890000-0000-7000-8000-000000000011")),
      new OfficialId(UUID.fromString("01890000-0000-7000-8000-000000000012")),
      new OfficialId(UUID.fromString("01890000-0000-7000-8000-000000000013")));
  static final RiskDescription DESCRIPTION = new RiskDescription(RiskCategory.DUTY, "利用审批权收受好处",
      "对申请人吃拿卡要", List.of(), DiscoveryMethod.SELF, DiscoveryChannel.DIRECT);
  static final Assessment ASSESSMENT = Assessment.of(4, 4);
  static final Grade GRADE = SeedGradingPolicy.standard().grade(new GradingInput(ASSESSMENT, PostProfile.ordinary()));
  /** The day of the first step; {@link #at(LocalDate)} gives an instant on any day. */
  static final LocalDate DAY = LocalDate.of(2011, 3, 1);

  static Instant at(LocalDate day) {
    return day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
  }

  static RiskPoint draft(Optional<OwnerChain> owners) {
    return RiskPoint.identify(ID, "KM-01", RiskLocation.onPost(UNIT, POST), DESCRIPTION, owners, CustomFields.none(),
        "holder", "", at(DAY)).after();
  }

  static <T> T accepted(Outcome<Change<T>> o) {
    assertTrue(o.isAccepted(), () -> "refused: " + o.whyRefused().map(Refusal::message).orElse(""));
    return o.orElseThrow().after();
  }

  static Refusal refused(Outcome<?> o, Refusal.Code code) {
    Refusal r = o.whyRefused().orElseThrow(() -> new AssertionError("accepted, but should be refused"));
    assertEquals(code, r.code(), r.message());
    assertFalse(r.messageZh().isBlank());
    assertFalse(r.messageEn().isBlank());
    return r;
  }

  /** A graded draft with owners, reviewed: ready to publish. */
  static RiskPoint reviewed() {
    RiskPoint p = accepted(draft(Optional.of(OWNERS)).grade("grader", at(DAY), ASSESSMENT, GRADE));
    return accepted(p.review("reviewer", at(DAY), "已审核"));
  }

  /** {@link #reviewed()}, published on {@link #DAY} for ten days: {@code [DAY, DAY + 10)}. */
  static RiskPoint published() {
    return accepted(reviewed().publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "局机关公示栏", DAY, DAY.plusDays(10)));
  }

  static RiskPoint confirmed() {
    LocalDate end = DAY.plusDays(10);
    return accepted(published().confirm("leader", at(end), end, "局党组会议", end));
  }

  @Test
  void s3_aNewPointIsADraftWithoutReviewNoticeOrConfirmation() {
    Change<RiskPoint> c = RiskPoint.identify(ID, "KM-01", RiskLocation.onPost(UNIT, POST), DESCRIPTION,
        Optional.empty(), CustomFields.none(), "holder", "", at(DAY));
    RiskPoint p = c.after();
    assertEquals(ReviewState.DRAFT, p.state());
    assertEquals(List.of(), p.history());
    assertEquals(Optional.empty(), p.notice());
    assertEquals(Optional.empty(), p.confirmation());
    assertEquals(Optional.empty(), p.grading());
    assertEquals(Optional.empty(), p.owners());
    assertEquals(RiskReview.draft(), p.riskReview());
    assertEquals(0, p.version());
    assertEquals(UNIT, p.unitId());
    assertEquals(1, c.events().size());
    RiskEvent.RiskPointIdentified e = assertInstanceOf(RiskEvent.RiskPointIdentified.class, c.events().get(0));
    assertEquals(ID, e.riskPointId());
    assertEquals(Optional.of(POST), e.post());
  }

  @Test
  void s5_reviewTurnsADraftIntoAReviewedPointAndRecordsTheStep() {
    RiskPoint draft = draft(Optional.empty());
    Change<RiskPoint> c = draft.review("reviewer", at(DAY), "核实无误").orElseThrow();
    assertEquals(ReviewState.REVIEWED, c.after().state());
    assertEquals(List.of(new ReviewRecord(ReviewState.DRAFT, ReviewAction.REVIEW, ReviewState.REVIEWED, "reviewer",
        at(DAY), "核实无误")), c.after().history());
    assertEquals(List.of(new RiskEvent.RiskPointReviewed(UNIT, ID, ReviewState.DRAFT, "核实无误")), c.events());
    assertEquals(draft.version(), c.after().version(), "the store, not the aggregate, moves the version");
    assertEquals(ReviewState.DRAFT, draft.state(), "the draft itself is unchanged");
  }

  @Test
  void p5_theWholeWorkflowRunsDraftReviewedPublishedConfirmed() {
    RiskPoint p = confirmed();
    assertEquals(ReviewState.CONFIRMED, p.state());
    assertEquals(List.of(ReviewAction.REVIEW, ReviewAction.PUBLISH, ReviewAction.CONFIRM),
        p.history().stream().map(ReviewRecord::action).toList());
    assertEquals(List.of(ReviewState.DRAFT, ReviewState.REVIEWED, ReviewState.PUBLISHED),
        p.history().stream().map(ReviewRecord::from).toList());
    assertEquals(new PublicNotice(NoticeAudience.PUBLIC, "局机关公示栏", DAY, DAY.plusDays(10), List.of()),
        p.notice().orElseThrow());
    assertEquals(new Confirmation("局党组会议", DAY.plusDays(10), "leader", at(DAY.plusDays(10))),
        p.confirmation().orElseThrow());
  }

  @Test
  void s5_publishingGivesTheNoticeAndOneEvent() {
    Change<RiskPoint> c = reviewed().publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY.plusDays(2),
        DAY.plusDays(9))
        .orElseThrow();
    assertEquals(ReviewState.PUBLISHED, c.after().state());
    assertEquals(new PublicNotice(NoticeAudience.PUBLIC, "公示栏", DAY.plusDays(2), DAY.plusDays(9), List.of()),
        c.after().notice().get());
    assertEquals(List.of(new RiskEvent.RiskPointPublished(UNIT, ID, NoticeAudience.PUBLIC, "公示栏",
        DAY.plusDays(2), DAY.plusDays(9))),
        c.events());
  }

  @Test
  void s5_aNoticeIsNeverBackdated() {
    Refusal r = refused(reviewed().publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY.minusDays(1),
        DAY.plusDays(9)),
        Refusal.Code.RULE_VIOLATED);
    assertTrue(r.messageZh().contains("倒签"), r.messageZh());
    assertTrue(r.messageEn().contains("before today"), r.messageEn());
  }

  @Test
  void s6_aPointIsPublishedOnlyWithACurrentGrade() {
    RiskPoint ungraded = accepted(draft(Optional.of(OWNERS)).review("reviewer", at(DAY), ""));
    Refusal r = refused(ungraded.publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(5)),
        Refusal.Code.RULE_VIOLATED);
    assertTrue(r.messageZh().contains("KM-01") && r.messageZh().contains("定级"), r.messageZh());
    assertTrue(r.messageEn().contains("graded"), r.messageEn());

    // a draft's grade made stale (P-3) stays stale through review: it must be graded again before publishing
    RiskPoint graded = accepted(draft(Optional.of(OWNERS)).grade("grader", at(DAY), ASSESSMENT, GRADE));
    RiskPoint staleGrade = graded.markStale("someone", at(DAY), "岗位职责调整").orElseThrow().after();
    RiskPoint reviewed = accepted(staleGrade.review("reviewer", at(DAY), ""));
    assertTrue(reviewed.grading().orElseThrow().stale());
    refused(reviewed.publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(5)),
        Refusal.Code.RULE_VIOLATED);
    RiskPoint regraded = accepted(reviewed.grade("grader", at(DAY), ASSESSMENT, GRADE));
    accepted(regraded.publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(5)));
  }

  @Test
  void p1_aPointIsPublishedOnlyWithItsOwnerChain() {
    RiskPoint graded = accepted(draft(Optional.empty()).grade("grader", at(DAY), ASSESSMENT, GRADE));
    RiskPoint reviewed = accepted(graded.review("reviewer", at(DAY), ""));
    Refusal r = refused(reviewed.publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(5)),
        Refusal.Code.RULE_VIOLATED);
    assertTrue(r.messageZh().contains("直接责任人"), r.messageZh());
    assertTrue(r.messageEn().contains("owner chain"), r.messageEn());
    RiskPoint owned = accepted(reviewed.assignOwners("leader", OWNERS));
    assertEquals(ReviewState.PUBLISHED,
        accepted(owned.publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(5))).state());
  }

  @Test
  void p5_onlyAReviewedPointIsPublished() {
    for (RiskPoint p : List.of(draft(Optional.of(OWNERS)), published(), confirmed())) {
      refused(p.publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(5)),
          Refusal.Code.ILLEGAL_TRANSITION);
    }
  }

  @Test
  void p5_commentsAreReceivedOnlyWhileTheNoticeRunsOnItsHalfOpenPeriod() {
    RiskPoint p = published(); // [DAY, DAY + 10)
    refused(p.comment("public", at(DAY.minusDays(1)), DAY.minusDays(1), "早到的意见", SEAL),
        Refusal.Code.RULE_VIOLATED);
    Refusal late = refused(p.comment("public", at(DAY.plusDays(10)), DAY.plusDays(10), "迟到的意见", SEAL),
        Refusal.Code.RULE_VIOLATED);
    assertTrue(late.messageEn().contains("not under public notice"), late.messageEn());

    Change<RiskPoint> first = p.comment("public", at(DAY), DAY, "第一条意见", SEAL).orElseThrow();
    Change<RiskPoint> last = first.after().comment("other", at(DAY.plusDays(9)), DAY.plusDays(9), "最后一条", SEAL)
        .orElseThrow();
    assertEquals(List.of(new NoticeComment("public", "第一条意见", at(DAY), SEAL),
        new NoticeComment("other", "最后一条", at(DAY.plusDays(9)), SEAL)), last.after().notice().get().comments());
    assertEquals(List.of(new RiskEvent.NoticeCommentReceived(UNIT, ID, "最后一条")), last.events());
    assertEquals(ReviewState.PUBLISHED, last.after().state());
    assertEquals(p.history(), last.after().history(), "a comment is not a review step");
  }

  @Test
  void p5_noCommentOnAPointNotUnderNotice() {
    refused(reviewed().comment("public", at(DAY), DAY, "意见", SEAL), Refusal.Code.RULE_VIOLATED);
    refused(confirmed().comment("public", at(DAY), DAY, "意见", SEAL), Refusal.Code.RULE_VIOLATED);
  }

  @Test
  void p5_confirmationWaitsForTheEndOfTheNoticeAndIsNotPostdated() {
    RiskPoint p = published(); // ends DAY + 10
    LocalDate end = DAY.plusDays(10);
    Refusal early = refused(p.confirm("leader", at(end.minusDays(1)), end.minusDays(1), "局党组会议",
        end.minusDays(1)), Refusal.Code.RULE_VIOLATED);
    assertTrue(early.messageZh().contains(end.toString()), early.messageZh());
    refused(p.confirm("leader", at(end.plusDays(3)), end.plusDays(3), "局党组会议", end.minusDays(1)),
        Refusal.Code.RULE_VIOLATED);
    Refusal future = refused(p.confirm("leader", at(end), end, "局党组会议", end.plusDays(1)),
        Refusal.Code.RULE_VIOLATED);
    assertTrue(future.messageEn().contains("future"), future.messageEn());

    Change<RiskPoint> c = p.confirm("leader", at(end.plusDays(3)), end.plusDays(3), "局党组会议", end.plusDays(1))
        .orElseThrow();
    assertEquals(ReviewState.CONFIRMED, c.after().state());
    assertEquals(new Confirmation("局党组会议", end.plusDays(1), "leader", at(end.plusDays(3))),
        c.after().confirmation().orElseThrow());
    assertEquals(p.notice(), c.after().notice(), "the notice stays with the confirmed point");
    assertEquals(List.of(new RiskEvent.RiskPointConfirmed(UNIT, ID, "局党组会议", end.plusDays(1))), c.events());
  }

  @Test
  void s3_onlyAPublishedPointIsConfirmed() {
    for (RiskPoint p : List.of(draft(Optional.of(OWNERS)), reviewed(), confirmed())) {
      refused(p.confirm("leader", at(DAY), DAY, "局党组会议", DAY), Refusal.Code.ILLEGAL_TRANSITION);
    }
  }

  @Test
  void p3_aChangeMakesAConfirmedPointStaleAndClearsItsNoticeAndConfirmation() {
    RiskPoint p = confirmed();
    Change<RiskPoint> c = p.markStale("hr", at(DAY.plusDays(30)), "岗位职责调整").orElseThrow();
    RiskPoint stale = c.after();
    assertEquals(ReviewState.STALE, stale.state());
    assertEquals(Optional.empty(), stale.notice());
    assertEquals(Optional.empty(), stale.confirmation());
    assertTrue(stale.grading().orElseThrow().stale());
    assertEquals(p.history().size() + 1, stale.history().size(), "the history keeps what was");
    assertEquals(new ReviewRecord(ReviewState.CONFIRMED, ReviewAction.MARK_STALE, ReviewState.STALE, "hr",
        at(DAY.plusDays(30)), "岗位职责调整"), stale.history().get(stale.history().size() - 1));
    assertEquals(List.of(new RiskEvent.RiskPointMarkedStale(UNIT, ID, ReviewState.CONFIRMED, "岗位职责调整")),
        c.events());
    assertEquals(Optional.empty(), stale.markStale("hr", at(DAY), "再次调整"), "stale twice changes nothing");
  }

  @Test
  void p3_aDraftNeverBecomesStaleButItsGradeIsFlagged() {
    RiskPoint ungraded = draft(Optional.empty());
    assertEquals(Optional.empty(), ungraded.markStale("hr", at(DAY), "调整"));
    RiskPoint graded = accepted(ungraded.grade("grader", at(DAY), ASSESSMENT, GRADE));
    RiskPoint flagged = graded.markStale("hr", at(DAY), "调整").orElseThrow().after();
    assertEquals(ReviewState.DRAFT, flagged.state());
    assertEquals(List.of(), flagged.history());
    assertTrue(flagged.grading().orElseThrow().stale());
    assertEquals(Optional.empty(), flagged.markStale("hr", at(DAY), "调整"));
  }

  @Test
  void p3_aStalePointIsReviewedGradedPublishedAndConfirmedAgain() {
    RiskPoint stale = confirmed().markStale("hr", at(DAY.plusDays(30)), "调整").orElseThrow().after();
    refused(stale.publish("clerk", at(DAY), DAY, NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(5)),
        Refusal.Code.ILLEGAL_TRANSITION);
    RiskPoint reviewed = accepted(stale.review("reviewer", at(DAY.plusDays(31)), "复核"));
    assertEquals(ReviewState.REVIEWED, reviewed.state());
    RiskPoint regraded = accepted(reviewed.grade("grader", at(DAY.plusDays(31)), ASSESSMENT, GRADE));
    LocalDate start = DAY.plusDays(31);
    RiskPoint republished = accepted(regraded.publish("clerk", at(start), start, NoticeAudience.PUBLIC, "公示栏", start,
        start.plusDays(5)));
    assertEquals(start, republished.notice().orElseThrow().start());
  }

  @Test
  void p3_aRetiredPointIsLeftAlone() {
    RiskPoint retired = accepted(confirmed().retire("leader", at(DAY), "岗位撤销"));
    assertEquals(Optional.empty(), retired.markStale("hr", at(DAY), "调整"));
  }

  @Test
  void s6_aPointIsGradedOnlyWhileDraftReviewedOrStale() {
    Change<RiskPoint> c = draft(Optional.empty()).grade("grader", at(DAY), ASSESSMENT, GRADE).orElseThrow();
    assertEquals(new GradingRecord(ASSESSMENT, GRADE, "grader", at(DAY), false), c.after().grading().get());
    RiskEvent.RiskPointGraded e = assertInstanceOf(RiskEvent.RiskPointGraded.class, c.events().get(0));
    assertEquals(GRADE.level(), e.level());
    for (RiskPoint p : List.of(published(), confirmed(), accepted(reviewed().retire("leader", at(DAY), "撤销")))) {
      Refusal r = refused(p.grade("grader", at(DAY), ASSESSMENT, GRADE), Refusal.Code.ILLEGAL_TRANSITION);
      assertTrue(r.messageZh().contains(p.state().chinese()), r.messageZh());
      assertTrue(r.messageEn().contains(p.state().name()), r.messageEn());
    }
  }

  @Test
  void p1_ownersChangeOnlyWhileOpenToRevisionAndNeverToTheSameChain() {
    RiskPoint draft = draft(Optional.empty());
    Change<RiskPoint> c = draft.assignOwners("leader", OWNERS).orElseThrow();
    assertEquals(Optional.of(OWNERS), c.after().owners());
    assertEquals(List.of(new RiskEvent.OwnersAssigned(UNIT, ID, OWNERS)), c.events());
    Refusal same = refused(c.after().assignOwners("leader", OWNERS), Refusal.Code.RULE_VIOLATED);
    assertTrue(same.messageEn().contains("unchanged"), same.messageEn());
    OwnerChain other = new OwnerChain(OWNERS.sectionHead(), OWNERS.directOwner(), OWNERS.responsibleLeader());
    Refusal published = refused(published().assignOwners("leader", other), Refusal.Code.ILLEGAL_TRANSITION);
    assertTrue(published.messageEn().contains("ASSIGN_OWNERS"), published.messageEn());
    refused(confirmed().assignOwners("leader", other), Refusal.Code.ILLEGAL_TRANSITION);
  }

  @Test
  void p5_retiringIsFinal() {
    RiskPoint retired = accepted(published().retire("leader", at(DAY), "职能划转"));
    assertEquals(ReviewState.RETIRED, retired.state());
    assertEquals(new ReviewRecord(ReviewState.PUBLISHED, ReviewAction.RETIRE, ReviewState.RETIRED, "leader", at(DAY),
        "职能划转"), retired.history().get(retired.history().size() - 1));
    refused(retired.retire("leader", at(DAY), "再次撤销"), Refusal.Code.ILLEGAL_TRANSITION);
    refused(retired.review("reviewer", at(DAY), ""), Refusal.Code.ILLEGAL_TRANSITION);
    refused(retired.confirm("leader", at(DAY.plusDays(20)), DAY.plusDays(20), "局党组会议", DAY.plusDays(20)),
        Refusal.Code.ILLEGAL_TRANSITION);
    refused(retired.assignOwners("leader", new OwnerChain(OWNERS.sectionHead(), OWNERS.directOwner(),
        OWNERS.responsibleLeader())), Refusal.Code.ILLEGAL_TRANSITION);
  }

  @Test
  void p11_sealingHidesEveryCommenterAndKeepsTheRest() {
    RiskPoint p = published();
    assertSame(p, p.withIdentitiesSealed(), "nothing to seal");
    RiskPoint commented = accepted(accepted(p.comment("张三", at(DAY), DAY, "意见一", SEAL))
        .comment("李四", at(DAY.plusDays(1)), DAY.plusDays(1), "意见二", SEAL));
    RiskPoint sealed = commented.withIdentitiesSealed();
    assertEquals(List.of(new NoticeComment(NoticeComment.SEALED, "意见一", at(DAY), ""),
        new NoticeComment(NoticeComment.SEALED, "意见二", at(DAY.plusDays(1)), "")),
        sealed.notice().get().comments());
    assertEquals(commented.state(), sealed.state());
    assertEquals(commented.history(), sealed.history());
    assertEquals(commented.grading(), sealed.grading());
    assertEquals("张三", commented.notice().get().comments().get(0).authorId(), "the original keeps its ids");
  }

  @Test
  void restoreGivesBackThePointAsStored() {
    RiskPoint p = accepted(published().comment("public", at(DAY), DAY, "意见", SEAL)).withVersion(7);
    RiskPoint back = RiskPoint.restore(p.id(), p.code(), p.location(), p.description(), p.owners(), p.custom(),
        p.state(), p.grading(), p.notice(), p.confirmation(), p.history(), p.identifiedBy(), p.identifiedAt(),
        p.version());
    assertEquals(p, back);
    assertEquals(p.hashCode(), back.hashCode());
    assertEquals(p.riskReview(), back.riskReview());
    assertEquals(7, back.version());
  }
}
