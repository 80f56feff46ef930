package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.application.Lianfang;
import org.lianfang.grading.GradeLabels;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.Form2Row;
import org.lianfang.risk.HeatMap;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.PublishedRisk;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskTotals;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.World;
import org.lianfang.testing.PublicReads;

/** Forms, totals, heat map and public view (S-5, S-6, S-13, P-11), each checked against what was recorded. */
class RiskQueriesTest {
  private World w;
  private Lianfang lf;

  @BeforeEach
  void world() {
    w = World.in(InMemoryStore.create());
    lf = w.lianfang;
  }

  @Test
  void s13_form2ByUnitHasARowPerPointInForceWithItsPersonAndOwners() {
    RiskPointId a = w.confirmed(w.aPointOnApprover().described("审批吃拿卡要").build());
    RiskPointId b = w.draft(RiskPointFixture.aRiskPoint(w.land).onPost(w.accountant).category(RiskCategory.MORAL)
        .described("挪用公款").build());
    RiskPointId retired = w.draft(w.aPointOnApprover().build());
    lf.risks().retire(w.landLeader, new RetireRiskPoint(retired, "重复")).orElseThrow();
    List<Form2Row> rows = lf.risks().queries().form2(w.auditor, w.land).orElseThrow().rows();
    assertEquals(List.of(a, b), rows.stream().map(Form2Row::riskPoint).toList());
    assertEquals(List.of(1, 2), rows.stream().map(Form2Row::number).toList());
    Form2Row first = rows.get(0);
    assertEquals("市国土资源管理局", first.unitName());
    assertEquals("审批科科员", first.postName());
    assertEquals("赵磊", first.holders());
    assertEquals("赵磊 / 李明 / 张国强", first.owners());
    assertEquals("一般", first.gradeLabel());
    assertEquals(ReviewState.CONFIRMED, first.state());
    assertEquals("未定级", rows.get(1).gradeLabel());
    assertEquals("王芳", rows.get(1).holders());
  }

  @Test
  void s13_form2ByPersonShowsTheirPostsAndWhatTheyOwn() {
    RiskPointId onPost = w.draft(w.aPointOnApprover().build());
    RiskPointId owned = w.draft(RiskPointFixture.aRiskPoint(w.land).ownedBy(w.zhao, w.li, w.zhang).build());
    w.draft(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).build());
    List<Form2Row> rows = lf.risks().queries().form2ForPerson(w.auditor, w.zhao).orElseThrow().rows();
    assertEquals(List.of(onPost, owned), rows.stream().map(Form2Row::riskPoint).toList());
    assertEquals("赵磊", lf.risks().queries().form2ForPerson(w.auditor, w.zhao).orElseThrow().subject());
  }

  @Test
  void totalsCountEachPointInForceOnceByUnitCategoryAndGrade() {
    w.confirmed(w.aPointOnApprover().category(RiskCategory.DUTY).build());
    w.reviewedAndGraded(RiskPointFixture.aRiskPoint(w.land).onPost(w.director).category(RiskCategory.DUTY).build());
    w.draft(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).category(RiskCategory.EXTERNAL).build());
    RiskPointId planningPoint = lf.risks().identify(w.planningLeader,
        RiskPointFixture.aRiskPoint(w.planning).onPost(w.planner).category(RiskCategory.PROCESS).build())
        .orElseThrow();
    lf.risks().grade(w.planningLeader, new GradeRiskPoint(planningPoint, 1, 1, false, false)).orElseThrow();

    RiskTotals t = lf.risks().queries().totals(w.inspector, w.city);
    int counted = 0;
    for (org.lianfang.UnitId u : List.of(w.city, w.land, w.planning)) {
      counted += (int) lf.risks().queries().riskPoints(w.inspector, u).stream()
          .filter(p -> p.state() != ReviewState.RETIRED).count();
    }
    assertEquals(counted, t.total());
    RiskTotals.Row landDuty = t.rows().stream()
        .filter(r -> r.unit().equals(w.land) && r.category() == RiskCategory.DUTY).findFirst().orElseThrow();
    assertEquals(1, landDuty.higher(), "the director's post (三重一大) grades 较高");
    assertEquals(1, landDuty.general());
    assertEquals(1, t.ungraded());
    assertEquals(t.higher() + t.general() + t.lower() + t.ungraded() + t.awaitingRegrade(), t.total());
    assertTrue(t.toText(GradeLabels.LEVELS).contains("一级"));
    assertEquals(2, lf.risks().queries().totals(w.landLeader, w.city).rows().size(),
        "the land bureau's leader sees only its own rows");
  }

  @Test
  void s13_p3_totalsCountAStaleGradeAsAwaitingRegradingAndBreakDownByReviewState() {
    RiskPointId confirmed = w.confirmed(w.aPointOnApprover().build());
    w.draft(w.aPointOnApprover().build());
    w.reviewedAndGraded(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).build());
    RiskTotals before = lf.risks().queries().totals(w.inspector, w.land);
    assertEquals(2, before.general(), "probability 3 × harm 3 is 一般 on both posts");
    assertEquals(1, before.ungraded());
    assertEquals(0, before.awaitingRegrade());
    assertEquals(java.util.Map.of(ReviewState.DRAFT, 1, ReviewState.REVIEWED, 1, ReviewState.CONFIRMED, 1),
        before.byState());

    lf.organization().changePostProfile(w.landLeader, new org.lianfang.application.organization.ChangePostProfile(
        w.approver, org.lianfang.organization.PostProfile.ordinary())).orElseThrow();
    RiskTotals after = lf.risks().queries().totals(w.inspector, w.land);
    assertEquals(1, after.general(), "the approver's stale 一般 is no longer counted as 一般; the clerk's is");
    assertEquals(1, after.awaitingRegrade());
    assertEquals(3, after.total());
    assertEquals(java.util.Map.of(ReviewState.DRAFT, 1, ReviewState.REVIEWED, 1, ReviewState.STALE, 1),
        after.byState(), "the confirmed point became stale (P-3); the draft stays a draft");
    assertEquals(1, after.state(ReviewState.STALE));
    String text = after.toText(GradeLabels.SEED);
    assertTrue(text.lines().findFirst().orElseThrow().contains("待重评"), text);
    assertTrue(text.lines().findFirst().orElseThrow().contains("待复核"), text);

    lf.risks().grade(w.landLeader, new GradeRiskPoint(confirmed, 1, 1, false, false)).orElseThrow();
    RiskTotals regraded = lf.risks().queries().totals(w.inspector, w.land);
    assertEquals(0, regraded.awaitingRegrade(), "graded again, the point counts under its new grade");
    assertEquals(2, regraded.general(), "1 × 1 is 较低, but the approver still exercises a licensing power: 一般");
    assertEquals(1, regraded.state(ReviewState.STALE), "though still to be reviewed again");
  }

  @Test
  void s13_aTotalsRowRefusesCountsThatDoNotAddUp() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new RiskTotals.Row(w.land,
        "国土局", RiskCategory.DUTY, 1, 0, 0, 0, 1, java.util.Map.of(ReviewState.DRAFT, 1)));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new RiskTotals.Row(w.land,
        "国土局", RiskCategory.DUTY, 1, 0, 0, 0, 0, java.util.Map.of(ReviewState.RETIRED, 1)));
  }

  @Test
  void theHeatMapCountsGradedPointsByProbabilityAndHarm() {
    w.reviewedAndGraded(w.aPointOnApprover().build());
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 5, 2, false, false)).orElseThrow();
    w.draft(w.aPointOnApprover().build());
    HeatMap m = lf.risks().queries().heatMap(w.auditor, w.city);
    assertEquals(2, m.total());
    assertEquals(1, m.count(3, 3));
    assertEquals(1, m.count(5, 2));
    assertEquals(0, m.count(2, 5));
  }

  @Test
  void p11_thePublicSeesPublishedPointsWithoutCommentsOwnersOrDrafts() {
    RiskPointId published = w.published(w.aPointOnApprover().described("审批环节索要好处").build());
    lf.risks().comment(w.visitor, new CommentOnNotice(published, "举报人张三：某科员曾索要好处费")).orElseThrow();
    w.draft(w.aPointOnApprover().described("尚未公示的草稿").build());
    List<PublishedRisk> seen = PublicReads.all(lf.risks().queries(), w.visitor, w.city);
    assertEquals(1, seen.size());
    PublishedRisk p = seen.get(0);
    assertEquals("审批环节索要好处", p.description());
    assertEquals("一般", p.gradeLabel());
    assertFalse(p.toString().contains("张三"), "no comment text reaches the public view");
    assertFalse(p.toString().contains("赵磊"), "no owner or holder reaches the public view");
    assertTrue(lf.risks().queries().riskPoints(w.visitor, w.land).isEmpty(), "the public reads no internal records");
    assertFalse(lf.risks().queries().form2(w.visitor, w.land).isAccepted());
  }

  @Test
  void p11_whoCommentedIsSealedFromAllButTheDisciplineBody() {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    org.lianfang.Actor reporter = org.lianfang.Actor.publicVisitor(List.of(w.city));
    lf.risks().comment(reporter, new CommentOnNotice(id, "反映问题")).orElseThrow();
    String leaderSees = lf.risks().queries().riskPoint(w.landLeader, id).orElseThrow().notice().orElseThrow().comments()
        .get(0).authorId();
    assertEquals(org.lianfang.risk.NoticeComment.SEALED, leaderSees);
    assertEquals(org.lianfang.risk.NoticeComment.SEALED, lf.risks().queries().riskPoints(w.approverHolder, w.land)
        .get(0).notice().orElseThrow().comments().get(0).authorId(), "the criticised post holder least of all");
    assertEquals(reporter.id(), lf.risks().queries().riskPoint(w.inspector, id).orElseThrow().notice().orElseThrow()
        .comments().get(0).authorId());
    assertTrue(lf.ledger().queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow().stream()
        .filter(e -> e.eventType().equals("risk.commented"))
        .allMatch(e -> e.payload().contains("反映问题") && !e.payload().contains(reporter.id())
            && e.actorId().equals(org.lianfang.DomainEvent.SEALED_ACTOR)),
        "the journal, read by leaders and auditors, keeps the comment but not who made it");
  }

  @Test
  void s5_thePublicSeesANoticeFromItsFirstDay() {
    RiskPointId id = w.reviewedAndGraded(w.aPointOnApprover().build());
    java.time.LocalDate today = w.clock.today();
    lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", today.plusDays(2),
        today.plusDays(9)))
        .orElseThrow();
    assertTrue(PublicReads.all(lf.risks().queries(), w.visitor, w.city).isEmpty());
    w.clock.setDay(today.plusDays(2));
    assertEquals(1, PublicReads.all(lf.risks().queries(), w.visitor, w.city).size());
  }

  @Test
  void aPostHolderReadsOnlyThePointsOfTheirPost() {
    RiskPointId mine = w.draft(w.aPointOnApprover().build());
    w.draft(RiskPointFixture.aRiskPoint(w.land).onPost(w.accountant).build());
    assertEquals(List.of(mine),
        lf.risks().queries().riskPoints(w.approverHolder, w.land).stream().map(RiskPoint::id).toList());
    assertEquals(List.of(mine), lf.risks().queries().form2(w.approverHolder, w.land).orElseThrow().rows().stream()
        .map(Form2Row::riskPoint).toList());
  }

  @Test
  void formsUseTheConfiguredLabels() {
    World levels = World.in(InMemoryStore.create());
    Lianfang lfLevels = Lianfang.builder(levels.store).clock(levels.clock).gradeLabels(GradeLabels.LEVELS).build();
    RiskPointId id = levels.draft(levels.aPointOnApprover().build());
    levels.lianfang.risks().grade(levels.landLeader, new GradeRiskPoint(id, 5, 5, false, false)).orElseThrow();
    assertEquals("一级",
        lfLevels.risks().queries().form2(levels.auditor, levels.land).orElseThrow().rows().get(0).gradeLabel());
  }

  @Test
  void p4_aQueryTakesTheLabelSetForOneCallAndTheBuildersStaysTheDefault() {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    RiskQueries q = lf.risks().queries();
    assertEquals("二级", q.form2(w.auditor, w.land, GradeLabels.LEVELS).orElseThrow().rows().get(0).gradeLabel());
    assertEquals("General", q.form2(w.auditor, w.land, GradeLabels.ENGLISH).orElseThrow().rows().get(0).gradeLabel());
    assertEquals("中", q.form2ForPerson(w.auditor, w.zhao, GradeLabels.HIGH_MEDIUM_LOW).orElseThrow().rows().get(0)
        .gradeLabel());
    assertEquals("二级", PublicReads.all(q, w.visitor, w.city, GradeLabels.LEVELS, 50).get(0).gradeLabel());
    assertEquals("General", PublicReads.all(q, w.visitor, w.city, GradeLabels.ENGLISH, 50).get(0).gradeLabel());
    assertEquals("一般", q.form2(w.auditor, w.land).orElseThrow().rows().get(0).gradeLabel(), "the default is unchanged");
    assertEquals("一般", q.form2ForPerson(w.auditor, w.zhao).orElseThrow().rows().get(0).gradeLabel());
    assertEquals("一般", PublicReads.all(q, w.visitor, w.city).get(0).gradeLabel());

    Lianfang levels = Lianfang.builder(w.store).clock(w.clock).gradeLabels(GradeLabels.LEVELS).build();
    assertEquals("二级", levels.risks().queries().form2(w.auditor, w.land).orElseThrow().rows().get(0).gradeLabel(),
        "the builder's set is the default");
    assertEquals("一般", levels.risks().queries().form2(w.auditor, w.land, GradeLabels.SEED).orElseThrow().rows()
        .get(0).gradeLabel(), "a call's own set overrides it");

    lf.organization().changePostProfile(w.landLeader, new org.lianfang.application.organization.ChangePostProfile(
        w.approver, org.lianfang.organization.PostProfile.ordinary())).orElseThrow();
    assertEquals("General（待重评）", q.form2(w.auditor, w.land, GradeLabels.ENGLISH).orElseThrow().rows().stream()
        .filter(r -> r.riskPoint().equals(id)).findFirst().orElseThrow().gradeLabel(), "the mark is in every set");
  }
}
