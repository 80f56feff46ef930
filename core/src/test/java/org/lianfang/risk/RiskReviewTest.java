package org.lianfang.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;

/**
 * The review value on its own: the steps of S-3, S-5, P-3 and P-5 ({@code docs/domain.md}) and the rules on the notice
 * and the confirmation, without a risk point around it.
 */
class RiskReviewTest {
  /** A comment's seal (P-11): the random bits kept with a sealed author. */
  private static final String SEAL = "5ea1".repeat(8);

  static final LocalDate DAY = LocalDate.of(2011, 3, 1);
  static final Instant AT = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
  static final PublicNotice NOTICE = new PublicNotice(NoticeAudience.PUBLIC, "公示栏", DAY, DAY.plusDays(7), List.of());
  static final Confirmation CONFIRMATION = new Confirmation("局党组会议", DAY.plusDays(7), "leader", AT);

  static RiskReview in(ReviewState state) {
    return RiskReview.restore(state, Optional.of(NOTICE), Optional.of(CONFIRMATION), List.of());
  }

  static RiskReview ok(Outcome<RiskReview> o) {
    assertTrue(o.isAccepted(), () -> o.whyRefused().map(Refusal::message).orElse(""));
    return o.orElseThrow();
  }

  @Test
  void s3_aNewReviewIsAnEmptyDraft() {
    RiskReview d = RiskReview.draft();
    assertEquals(ReviewState.DRAFT, d.state());
    assertEquals(List.of(), d.history());
    assertEquals(Optional.empty(), d.notice());
    assertEquals(Optional.empty(), d.confirmation());
    assertTrue(d.isRevisable());
  }

  @Test
  void restoreTakesWhatTheStoreKeptAndRefusesNulls() {
    ReviewRecord r = new ReviewRecord(ReviewState.DRAFT, ReviewAction.REVIEW, ReviewState.REVIEWED, "a", AT, "");
    RiskReview back = RiskReview.restore(ReviewState.REVIEWED, Optional.of(NOTICE), Optional.empty(), List.of(r));
    assertEquals(ReviewState.REVIEWED, back.state());
    assertEquals(Optional.of(NOTICE), back.notice());
    assertEquals(Optional.empty(), back.confirmation());
    assertEquals(List.of(r), back.history());
    assertEquals(back, RiskReview.restore(ReviewState.REVIEWED, Optional.of(NOTICE), Optional.empty(), List.of(r)));
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> RiskReview.restore(null, Optional.empty(), Optional.empty(), List.of()));
    assertEquals("state", e.getMessage());
  }

  @Test
  void p5_eachStepAppendsOneRecordWithItsActorTimeAndNote() {
    RiskReview reviewed = ok(RiskReview.draft().review("KM-01", "reviewer", AT, "审核意见"));
    RiskReview published = ok(reviewed.publish("KM-01", true, true, "clerk", AT, DAY, NoticeAudience.PUBLIC, "公示栏",
        DAY, DAY.plusDays(7)));
    RiskReview confirmed = ok(published.confirm("KM-01", "leader", AT, DAY.plusDays(7), "局党组会议",
        DAY.plusDays(7)));
    RiskReview retired = ok(confirmed.retire("KM-01", "leader", AT, "职能划转"));
    assertEquals(List.of(
        new ReviewRecord(ReviewState.DRAFT, ReviewAction.REVIEW, ReviewState.REVIEWED, "reviewer", AT, "审核意见"),
        new ReviewRecord(ReviewState.REVIEWED, ReviewAction.PUBLISH, ReviewState.PUBLISHED, "clerk", AT, ""),
        new ReviewRecord(ReviewState.PUBLISHED, ReviewAction.CONFIRM, ReviewState.CONFIRMED, "leader", AT, "局党组会议"),
        new ReviewRecord(ReviewState.CONFIRMED, ReviewAction.RETIRE, ReviewState.RETIRED, "leader", AT, "职能划转")),
        retired.history());
    assertEquals(Optional.of(NOTICE), published.notice());
    assertEquals(Optional.of(new Confirmation("局党组会议", DAY.plusDays(7), "leader", AT)), confirmed.confirmation());
    assertEquals(List.of(), RiskReview.draft().history(), "the draft is left as it was");
  }

  @Test
  void p5_anActionOutsideTheTableIsRefusedNamingThePointAndTheAction() {
    Outcome<RiskReview> o = RiskReview.draft().confirm("KM-09", "leader", AT, DAY, "局党组会议", DAY);
    Refusal r = o.whyRefused().orElseThrow();
    assertEquals(Refusal.Code.ILLEGAL_TRANSITION, r.code());
    assertEquals("风险点 KM-09 处于“草稿”状态，不能执行该操作（CONFIRM）", r.messageZh());
    assertEquals("risk point KM-09 is DRAFT; CONFIRM is not allowed", r.messageEn());
  }

  @Test
  void s5_publishingFromAReviewedStateStartsTodayOrLater() {
    RiskReview reviewed = in(ReviewState.REVIEWED);
    assertEquals(Refusal.Code.RULE_VIOLATED, reviewed.publish("KM-01", true, true, "clerk", AT, DAY,
        NoticeAudience.PUBLIC, "公示栏",
        DAY.minusDays(1), DAY.plusDays(3)).whyRefused().orElseThrow().code());
    assertEquals(DAY, ok(reviewed.publish("KM-01", true, true, "clerk", AT, DAY, NoticeAudience.PUBLIC, "公示栏", DAY,
        DAY.plusDays(3)))
        .notice().orElseThrow().start());
    assertThrows(IllegalArgumentException.class,
        () -> reviewed.publish("KM-01", true, true, "clerk", AT, DAY, NoticeAudience.PUBLIC, "公示栏", DAY.plusDays(3),
            DAY.plusDays(3)));
  }

  @Test
  void s6_p1_aReviewedPointIsPublishedOnlyGradedAndOwnedAndTheBackdatingIsNamedFirst() {
    RiskReview reviewed = in(ReviewState.REVIEWED);
    Refusal ungraded = reviewed.publish("KM-01", false, true, "clerk", AT, DAY, NoticeAudience.PUBLIC, "公示栏", DAY,
        DAY.plusDays(3))
        .whyRefused().orElseThrow();
    assertEquals("风险点 KM-01 须先定级（或重新定级）才能公示", ungraded.messageZh());
    Refusal unowned = reviewed.publish("KM-01", true, false, "clerk", AT, DAY, NoticeAudience.PUBLIC, "公示栏", DAY,
        DAY.plusDays(3))
        .whyRefused().orElseThrow();
    assertTrue(unowned.messageEn().contains("owner chain"), unowned.messageEn());
    Refusal backdated = reviewed.publish("KM-01", false, false, "clerk", AT, DAY, NoticeAudience.PUBLIC, "公示栏",
        DAY.minusDays(1),
        DAY.plusDays(3)).whyRefused().orElseThrow();
    assertTrue(backdated.messageZh().contains("倒签"), backdated.messageZh());
    Refusal draft = RiskReview.draft().publish("KM-01", false, false, "clerk", AT, DAY, NoticeAudience.PUBLIC, "公示栏",
        DAY,
        DAY.plusDays(3)).whyRefused().orElseThrow();
    assertEquals(Refusal.Code.ILLEGAL_TRANSITION, draft.code(), "only a reviewed point is asked for grade and owners");
  }

  @Test
  void p5_commentsOnlyWhilePublishedAndTheNoticeRuns() {
    RiskReview published = in(ReviewState.PUBLISHED); // [DAY, DAY + 7)
    RiskReview commented = ok(published.comment("KM-01", "public", AT, DAY.plusDays(6), "意见", SEAL));
    assertEquals(List.of(new NoticeComment("public", "意见", AT, SEAL)), commented.notice().orElseThrow().comments());
    assertEquals(published.history(), commented.history());
    assertEquals(ReviewState.PUBLISHED, commented.state());
    assertFalse(published.comment("KM-01", "public", AT, DAY.plusDays(7), "意见", SEAL).isAccepted());
    assertFalse(published.comment("KM-01", "public", AT, DAY.minusDays(1), "意见", SEAL).isAccepted());
    for (ReviewState s : EnumSet.complementOf(EnumSet.of(ReviewState.PUBLISHED))) {
      assertFalse(in(s).comment("KM-01", "public", AT, DAY, "意见", SEAL).isAccepted(), s.name());
    }
  }

  @Test
  void p5_aConfirmationNeedsTheNoticeOverAndADecisionDayBetweenItsEndAndToday() {
    RiskReview published = in(ReviewState.PUBLISHED); // ends DAY + 7
    LocalDate end = DAY.plusDays(7);
    assertFalse(published.confirm("KM-01", "l", AT, end.minusDays(1), "会议", end.minusDays(1)).isAccepted());
    assertFalse(published.confirm("KM-01", "l", AT, end.plusDays(1), "会议", end.minusDays(1)).isAccepted());
    assertFalse(published.confirm("KM-01", "l", AT, end, "会议", end.plusDays(1)).isAccepted());
    assertEquals(ReviewState.CONFIRMED, ok(published.confirm("KM-01", "l", AT, end, "会议", end)).state());
  }

  @Test
  void p3_markStaleGoesOnlyFromReviewedPublishedOrConfirmedAndClearsNoticeAndConfirmation() {
    Set<ReviewState> fromWhere = EnumSet.of(ReviewState.REVIEWED, ReviewState.PUBLISHED, ReviewState.CONFIRMED);
    for (ReviewState s : ReviewState.values()) {
      Optional<RiskReview> stale = in(s).markStale("hr", AT, "调整");
      assertEquals(fromWhere.contains(s), stale.isPresent(), s.name());
      stale.ifPresent(r -> {
        assertEquals(ReviewState.STALE, r.state());
        assertEquals(Optional.empty(), r.notice());
        assertEquals(Optional.empty(), r.confirmation());
        assertEquals(List.of(new ReviewRecord(s, ReviewAction.MARK_STALE, ReviewState.STALE, "hr", AT, "调整")),
            r.history());
      });
    }
  }

  @Test
  void s6_p1_gradeAndOwnersAreRevisableOnlyAsDraftReviewedOrStale() {
    Set<ReviewState> revisable = EnumSet.of(ReviewState.DRAFT, ReviewState.REVIEWED, ReviewState.STALE);
    for (ReviewState s : ReviewState.values()) {
      assertEquals(revisable.contains(s), in(s).isRevisable(), s.name());
    }
  }

  @Test
  void p11_sealingReplacesEveryCommenterAndNothingElse() {
    RiskReview none = in(ReviewState.PUBLISHED);
    assertSame(none, none.withCommentersSealed());
    RiskReview commented = ok(ok(none.comment("KM-01", "张三", AT, DAY, "一", SEAL))
        .comment("KM-01", "李四", AT, DAY, "二", SEAL));
    RiskReview sealed = commented.withCommentersSealed();
    assertEquals(List.of(NoticeComment.SEALED, NoticeComment.SEALED),
        sealed.notice().orElseThrow().comments().stream().map(NoticeComment::authorId).toList());
    assertEquals(List.of("一", "二"), sealed.notice().orElseThrow().comments().stream().map(NoticeComment::text)
        .toList());
    assertEquals(commented.state(), sealed.state());
    assertEquals(commented.confirmation(), sealed.confirmation());
    assertEquals(commented.history(), sealed.history());
  }
}
