package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.application.organization.RevisePowerItem;
import org.lianfang.application.process.FlowInput;
import org.lianfang.application.process.ReviseProcess;
import org.lianfang.application.process.StepInput;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.World;

/**
 * P-3: a change of post, holder, power or process makes the risk points on it stale until re-reviewed and re-graded.
 */
class StalenessTest {
  private World w;
  private Lianfang lf;

  @BeforeEach
  void world() {
    w = World.in(InMemoryStore.create());
    lf = w.lianfang;
  }

  private RiskPoint point(RiskPointId id) {
    return lf.risks().queries().riskPoint(w.auditor, id).orElseThrow();
  }

  @Test
  void p3_aChangeOfThePostsPowersMakesItsConfirmedPointsStale() {
    RiskPointId confirmed = w.confirmed(w.aPointOnApprover().build());
    RiskPointId draft = w.draft(w.aPointOnApprover().build());
    RiskPointId elsewhere = w.confirmed(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk)
        .ownedBy(w.chen, w.li, w.zhang).build());
    lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver, new PostProfile(false,
        Set.of(Resource.GOODS), true, false, Set.of(AdministrativePower.LICENSING), Transparency.PARTIAL)))
        .orElseThrow();
    assertEquals(ReviewState.STALE, point(confirmed).state());
    assertTrue(point(confirmed).grading().orElseThrow().stale());
    assertEquals(ReviewState.DRAFT, point(draft).state(), "a draft has not been reviewed yet: it stays a draft");
    assertEquals(ReviewState.CONFIRMED, point(elsewhere).state(), "points of other posts are untouched");
  }

  @Test
  void p3_aStalePointIsReReviewedAndReGradedBeforeItIsPublishedAgain() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().build());
    lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver, new PostProfile(false,
        Set.of(Resource.MONEY), true, false, Set.of(), Transparency.CLOSED))).orElseThrow();
    lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "岗位职权调整后复核")).orElseThrow();
    LocalDate today = w.clock.today();
    Outcome<RiskPointId> beforeRegrade = lf.risks().publish(w.landLeader,
        new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", today, today.plusDays(5)));
    assertEquals(Refusal.Code.RULE_VIOLATED, ((Outcome.Refused<?>) beforeRegrade).refusal().code());
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 2, 2, false, false)).orElseThrow();
    assertFalse(point(id).grading().orElseThrow().stale());
    assertEquals(org.lianfang.grading.RiskGrade.HIGHER, point(id).grading().orElseThrow().grade().level(),
        "the new profile (discretionary money) grades higher");
    assertTrue(lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", today,
        today.plusDays(5)))
        .isAccepted());
  }

  @Test
  void p3_aNewHolderMakesThePostsPointsStale() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().build());
    lf.organization().beginTenure(w.landLeader, new BeginTenure(w.approver, w.chen, w.clock.today())).orElseThrow();
    assertEquals(ReviewState.STALE, point(id).state());
    assertTrue(point(id).history().get(point(id).history().size() - 1).note().contains("change of holder"));
  }

  @Test
  void p3_theFirstHolderOfAPostIsNoChangeOfHolder() {
    PostId fresh = lf.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, "GT-09", "新设岗位", PostProfile.ordinary())).orElseThrow();
    RiskPointId id = w.confirmed(RiskPointFixture.aRiskPoint(w.land).onPost(fresh).ownedBy(w.chen, w.li, w.zhang)
        .build());
    lf.organization().beginTenure(w.landLeader, new BeginTenure(fresh, w.chen, w.clock.today())).orElseThrow();
    assertEquals(ReviewState.CONFIRMED, point(id).state());
    lf.organization().beginTenure(w.landLeader, new BeginTenure(fresh, w.wang, w.clock.today())).orElseThrow();
    assertEquals(ReviewState.STALE, point(id).state(), "a second person on the post is a change of holder");
  }

  @Test
  void p3_aRevisedPowerItemMakesThePointsOfItsPostsAndStepsStale() {
    RiskPointId tied = w.confirmed(w.aPointOnApprover().forPower(w.landApproval).build());
    RiskPointId samePost = w.confirmed(w.aPointOnApprover().build());
    RiskPointId atStep = w.confirmed(RiskPointFixture.aRiskPoint(w.land).onPost(w.director)
        .atStep(w.approvalProcess, "签批").ownedBy(w.zhang, w.zhang, w.zhang).build());
    RiskPointId untied = w.confirmed(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk)
        .ownedBy(w.chen, w.li, w.zhang).build());
    lf.organization().revisePowerItem(w.landLeader, new RevisePowerItem(w.landApproval, "建设用地审批",
        AdministrativePower.LICENSING, "《土地管理法》（2019年修正）第四十四条", "限于本市规划区内", "审批科初审，局长签批",
        Set.of(w.approver, w.director)))
        .orElseThrow();
    assertEquals(ReviewState.STALE, point(tied).state());
    assertEquals(ReviewState.STALE, point(samePost).state(), "the post's duties changed");
    assertEquals(ReviewState.STALE, point(atStep).state(), "the step exercises the power");
    assertEquals(ReviewState.CONFIRMED, point(untied).state(), "the clerk's post has nothing to do with it");
  }

  @Test
  void p3_unitWidePointsGoStaleWhenAnyOfTheUnitsPostsChanges() {
    RiskPointId unitWide = w.confirmed(RiskPointFixture.aRiskPoint(w.land).ownedBy(w.li, w.li, w.zhang).build());
    lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.clerk,
        new PostProfile(false, Set.of(Resource.GOODS), true, false, Set.of(), Transparency.OPEN))).orElseThrow();
    assertEquals(ReviewState.STALE, point(unitWide).state());
    RiskPointId again = w.confirmed(RiskPointFixture.aRiskPoint(w.land).ownedBy(w.li, w.li, w.zhang).build());
    lf.organization().registerPost(w.landLeader, new RegisterPost(w.land, "GT-10", "新设执法岗", PostProfile.ordinary()))
        .orElseThrow();
    assertEquals(ReviewState.STALE, point(again).state(), "a new post changes what the unit as a whole does");
  }

  @Test
  void p3_aNewPowerForAPostMakesItsPointsStaleAndRaisesItsGrade() {
    RiskPointId id = w.draft(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).ownedBy(w.chen, w.li, w.zhang)
        .build());
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 1, 1, false, false)).orElseThrow();
    assertEquals(org.lianfang.grading.RiskGrade.LOWER, point(id).grading().orElseThrow().grade().level());
    lf.organization().registerPowerItem(w.landLeader, new RegisterPowerItem(w.land, "处罚-001", "违法用地处罚",
        AdministrativePower.PENALTY, "《土地管理法》第七十七条", "本市行政区域内", "执法岗负责", Set.of(w.clerk)))
        .orElseThrow();
    assertTrue(point(id).grading().orElseThrow().stale());
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 1, 1, false, false)).orElseThrow();
    assertEquals(org.lianfang.grading.RiskGrade.GENERAL, point(id).grading().orElseThrow().grade().level(),
        "S-6: the penalty power on the power list counts, though the post's profile names none");
  }

  @Test
  void p3_aStepCarryingRiskPointsCannotBeRemoved() {
    w.draft(w.aPointOnApprover().atStep(w.approvalProcess, "审查").build());
    Outcome<?> o = lf.processes().revise(w.landLeader, new ReviseProcess(w.approvalProcess, "精简流程", List.of(
        new StepInput("受理", "受理", w.approver, Set.of(w.landApproval)),
        new StepInput("签批", "签批", w.director, Set.of(w.landApproval))),
        List.of(new FlowInput("受理", "签批"))));
    assertEquals(Refusal.Code.RULE_VIOLATED, o.whyRefused().orElseThrow().code());
    assertTrue(o.whyRefused().orElseThrow().messageZh().contains("审查"));
  }

  @Test
  void p3_aRevisedFlowChartMakesThePointsAtItsStepsStale() {
    RiskPointId atStep = w.confirmed(w.aPointOnApprover().atStep(w.approvalProcess, "审查").build());
    lf.processes().revise(w.landLeader, new ReviseProcess(w.approvalProcess, "建设用地审批流程（再造）", List.of(
        new StepInput("受理", "网上受理", w.approver, Set.of(w.landApproval)),
        new StepInput("审查", "联合审查", w.approver, Set.of(w.landApproval)),
        new StepInput("签批", "局长签批", w.director, Set.of(w.landApproval))),
        List.of(new FlowInput("受理", "审查"), new FlowInput("审查", "签批")))).orElseThrow();
    assertEquals(ReviewState.STALE, point(atStep).state());
  }

  @Test
  void anUnchangedProfileIsRefusedAndStalesNothing() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().build());
    PostProfile same = lf.organization().queries().posts(w.auditor, w.land).stream()
        .filter(p -> p.id().equals(w.approver)).findFirst().orElseThrow().profile();
    assertFalse(lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver, same))
        .isAccepted());
    assertEquals(ReviewState.CONFIRMED, point(id).state());
  }
}
