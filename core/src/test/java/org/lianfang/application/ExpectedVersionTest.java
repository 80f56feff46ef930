package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.organization.EndTenure;
import org.lianfang.application.organization.RevisePowerItem;
import org.lianfang.application.process.FlowInput;
import org.lianfang.application.process.ReviseProcess;
import org.lianfang.application.process.StepInput;
import org.lianfang.application.risk.AssignOwners;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.grading.Assessment;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Transparency;
import org.lianfang.process.BusinessProcess;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.World;

/**
 * A command that changes an existing record may carry the version its user saw: when someone else changed the record
 * first, the command is refused as stale, naming both versions, and changes nothing; without a version it changes
 * whatever is stored, as before. One race per kind of command, through the facades.
 */
class ExpectedVersionTest {
  private InMemoryStore store;
  private World w;
  private Lianfang lf;

  @BeforeEach
  void world() {
    store = InMemoryStore.create();
    w = World.in(store);
    lf = w.lianfang;
  }

  /**
   * Two editors read the record at the same version; the first change, expecting that version, is accepted and
   * raises the version; the second, expecting the same version, is refused as stale and leaves no trace.
   *
   * @return the second's refusal
   */
  private Refusal race(LongSupplier version, LongFunction<Outcome<?>> first, LongFunction<Outcome<?>> second) {
    long seen = version.getAsLong();
    Outcome<?> won = first.apply(seen);
    assertTrue(won.isAccepted(), () -> "the first editor's change: " + won.whyRefused().orElseThrow().message());
    long stored = version.getAsLong();
    assertTrue(stored > seen, "an accepted change raises the version");
    Refusal r = NoTrace.assertRefused(store, Refusal.Code.STALE, () -> second.apply(seen));
    assertTrue(r.messageZh().contains("第 " + seen + " 版") && r.messageZh().contains("现存为第 " + stored + " 版"),
        r.messageZh());
    assertTrue(r.messageEn().contains("expected version " + seen) && r.messageEn().contains("stored version " + stored),
        r.messageEn());
    assertEquals(List.of(), r.violations());
    return r;
  }

  private RiskPoint point(RiskPointId id) {
    return lf.risks().queries().riskPoint(w.auditor, id).orElseThrow();
  }

  private long pointVersion(RiskPointId id) {
    return point(id).version();
  }

  private Post post(org.lianfang.organization.PostId id) {
    return lf.organization().queries().posts(w.landLeader, w.land).stream().filter(p -> p.id().equals(id))
        .findFirst().orElseThrow();
  }

  private static OptionalLong v(long version) {
    return OptionalLong.of(version);
  }

  @Test
  void changePostProfile() {
    PostProfile moreMoney = new PostProfile(false, Set.of(Resource.MONEY, Resource.GOODS), false, false, Set.of(),
        Transparency.PARTIAL);
    PostProfile open = new PostProfile(false, Set.of(Resource.MONEY), false, false, Set.of(), Transparency.OPEN);
    Refusal r = race(() -> post(w.accountant).version(),
        seen -> lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.accountant, moreMoney,
            v(seen))),
        seen -> lf.organization().changePostProfile(w.inspector, new ChangePostProfile(w.accountant, open, v(seen))));
    assertTrue(r.messageZh().startsWith("岗位 " + w.accountant), r.messageZh());
    assertTrue(r.messageEn().startsWith("post " + w.accountant), r.messageEn());
    assertEquals(moreMoney, post(w.accountant).profile(), "the first change stands");
  }

  @Test
  void endTenure() {
    Tenure t = lf.organization().queries().tenures(w.landLeader, w.land).stream()
        .filter(x -> x.postId().equals(w.clerk)).findFirst().orElseThrow();
    LongSupplier version = () -> lf.organization().queries().tenures(w.landLeader, w.land).stream()
        .filter(x -> x.id().equals(t.id())).findFirst().orElseThrow().version();
    Refusal r = race(version,
        seen -> lf.organization().endTenure(w.landLeader, new EndTenure(t.id(), World.START.plusDays(30), v(seen))),
        seen -> lf.organization().endTenure(w.inspector, new EndTenure(t.id(), World.START.plusDays(60), v(seen))));
    assertTrue(r.messageZh().startsWith("任职记录"), r.messageZh());
  }

  @Test
  void revisePowerItem() {
    LongSupplier version = () -> item().version();
    PowerItem before = item();
    Refusal r = race(version,
        seen -> lf.organization().revisePowerItem(w.landLeader, new RevisePowerItem(before.id(), "建设用地审批（修订）",
            AdministrativePower.LICENSING, before.legalBasis(), before.boundary(), before.responsibility(),
            before.posts(), v(seen))),
        seen -> lf.organization().revisePowerItem(w.inspector, new RevisePowerItem(before.id(), before.name(),
            AdministrativePower.LICENSING, before.legalBasis(), "限于本市行政区域内", before.responsibility(),
            before.posts(), v(seen))));
    assertTrue(r.messageEn().startsWith("power item"), r.messageEn());
    assertEquals("建设用地审批（修订）", item().name());
    assertEquals(before.boundary(), item().boundary(), "the second editor's boundary did not land");
  }

  private PowerItem item() {
    return lf.organization().queries().powerList(w.landLeader, w.land).stream()
        .filter(i -> i.id().equals(w.landApproval)).findFirst().orElseThrow();
  }

  @Test
  void reviseProcess() {
    LongSupplier version = () -> process().version();
    List<StepInput> steps = List.of(new StepInput("受理", "受理申请", w.approver, Set.of(w.landApproval)),
        new StepInput("审查", "材料审查", w.approver, Set.of(w.landApproval)),
        new StepInput("签批", "局长签批", w.director, Set.of(w.landApproval)),
        new StepInput("公开", "结果公开", w.clerk, Set.of()));
    List<FlowInput> flows = List.of(new FlowInput("受理", "审查"), new FlowInput("审查", "签批"),
        new FlowInput("签批", "公开"));
    Refusal r = race(version,
        seen -> lf.processes().revise(w.landLeader, new ReviseProcess(w.approvalProcess, "建设用地审批流程（2011）", steps,
            flows, v(seen))),
        seen -> lf.processes().revise(w.inspector, new ReviseProcess(w.approvalProcess, "建设用地审批流程（草案）", steps,
            flows, v(seen))));
    assertTrue(r.messageZh().startsWith("业务流程"), r.messageZh());
    assertEquals("建设用地审批流程（2011）", process().name());
  }

  private BusinessProcess process() {
    return lf.processes().queries().processes(w.landLeader, w.land).stream()
        .filter(p -> p.id().equals(w.approvalProcess)).findFirst().orElseThrow();
  }

  @Test
  void reviewRiskPoint() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    Refusal r = race(() -> pointVersion(id),
        seen -> lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "属实", v(seen))),
        seen -> lf.risks().review(w.inspector, new ReviewRiskPoint(id, "另一份审核意见", v(seen))));
    assertTrue(r.messageZh().startsWith("风险点 " + id), r.messageZh());
    assertTrue(r.messageEn().startsWith("risk point " + id), r.messageEn());
  }

  @Test
  void gradeRiskPoint() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    race(() -> pointVersion(id),
        seen -> lf.risks().grade(w.sectionHead, new GradeRiskPoint(id, 3, 3, false, false, v(seen))),
        seen -> lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 5, 5, true, true, v(seen))));
    assertEquals(new Assessment(3, 3, false, false), point(id).grading().orElseThrow().assessment());
  }

  @Test
  void publishRiskPoint() {
    RiskPointId id = w.reviewedAndGraded(w.aPointOnApprover().build());
    LocalDate today = w.clock.today();
    race(() -> pointVersion(id),
        seen -> lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "局机关公示栏", today,
            today.plusDays(7),
            v(seen))),
        seen -> lf.risks().publish(w.inspector, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "局门户网站", today,
            today.plusDays(10),
            v(seen))));
    assertEquals("局机关公示栏", point(id).notice().orElseThrow().scope());
  }

  @Test
  void commentOnNotice() {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    race(() -> pointVersion(id),
        seen -> lf.risks().comment(w.visitor, new CommentOnNotice(id, "建议补充廉政承诺", v(seen))),
        seen -> lf.risks().comment(w.visitor, new CommentOnNotice(id, "同意公示内容", v(seen))));
    assertEquals(1, point(id).notice().orElseThrow().comments().size());
  }

  @Test
  void confirmRiskPoint() {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    w.clock.setDay(w.clock.today().plusDays(8));
    LocalDate today = w.clock.today();
    race(() -> pointVersion(id),
        seen -> lf.risks().confirm(w.landLeader, new ConfirmRiskPoint(id, "局党组会议", today, v(seen))),
        seen -> lf.risks().confirm(w.landLeader, new ConfirmRiskPoint(id, "局长办公会议", today, v(seen))));
    assertEquals("局党组会议", point(id).confirmation().orElseThrow().decidedBy());
  }

  @Test
  void retireRiskPoint() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    race(() -> pointVersion(id),
        seen -> lf.risks().retire(w.landLeader, new RetireRiskPoint(id, "职能调整，不再适用", v(seen))),
        seen -> lf.risks().retire(w.inspector, new RetireRiskPoint(id, "重复登记", v(seen))));
  }

  @Test
  void assignOwners() {
    RiskPointId id = w.draft(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk).build());
    race(() -> pointVersion(id),
        seen -> lf.risks().assignOwners(w.sectionHead, new AssignOwners(id, new OwnerChain(w.chen, w.li, w.zhang),
            v(seen))),
        seen -> lf.risks().assignOwners(w.landLeader, new AssignOwners(id, new OwnerChain(w.wang, w.li, w.zhang),
            v(seen))));
    assertEquals(w.chen, point(id).owners().orElseThrow().directOwner());
  }

  @Test
  void twoGradersReadTheSameVersionAndOnlyTheFirstLands() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    long seenByHead = pointVersion(id);
    long seenByLeader = pointVersion(id);
    assertTrue(lf.risks().grade(w.sectionHead, new GradeRiskPoint(id, 2, 2, false, false, v(seenByHead)))
        .isAccepted());
    InMemoryStore.Snapshot afterFirst = store.snapshot();
    Outcome<RiskPointId> second = lf.risks().grade(w.landLeader,
        new GradeRiskPoint(id, 5, 5, true, false, v(seenByLeader)));
    assertEquals(Refusal.Code.STALE, second.whyRefused().orElseThrow().code());
    assertEquals(afterFirst, store.snapshot(), "the refused grade left records and journal as the first left them");
    assertEquals(new Assessment(2, 2, false, false), point(id).grading().orElseThrow().assessment());
    assertTrue(lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 5, 5, true, false, v(pointVersion(id))))
        .isAccepted(), "after reloading, the second grader's change lands");
  }

  @Test
  void withoutAnExpectedVersionTheLastWriterWinsAsBefore() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    lf.risks().grade(w.sectionHead, new GradeRiskPoint(id, 2, 2, false, false)).orElseThrow();
    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 5, 5, true, false)).orElseThrow();
    assertEquals(new Assessment(5, 5, true, false), point(id).grading().orElseThrow().assessment());
  }

  @Test
  void aRecordMarkedStaleByAnotherAreaIsAChangeToo() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().build());
    long seen = pointVersion(id);
    lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver, PostProfile.ordinary()))
        .orElseThrow();
    Refusal r = NoTrace.assertRefused(store, Refusal.Code.STALE,
        () -> lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "复核", v(seen))));
    assertTrue(r.messageEn().contains("expected version " + seen), r.messageEn());
  }

  @Test
  void anActorWithoutAccessIsRefusedBeforeTheVersionIsCompared() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    long stored = pointVersion(id);
    Refusal unseen = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE,
        () -> lf.risks().grade(w.planningLeader, new GradeRiskPoint(id, 3, 3, false, false, v(stored + 7))));
    assertFalse(unseen.message().contains("version"), "an actor who may not see it learns nothing: " + unseen);
    Refusal denied = NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED,
        () -> lf.risks().grade(w.approverHolder, new GradeRiskPoint(id, 3, 3, false, false, v(stored + 7))));
    assertFalse(denied.message().contains("version"), "a denied actor does not learn the version: " + denied);
  }

  @Test
  void anUnknownRecordIsUnknownWhateverVersionIsExpected() {
    RiskPointId nowhere = new RiskPointId(java.util.UUID.randomUUID());
    NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE,
        () -> lf.risks().review(w.landLeader, new ReviewRiskPoint(nowhere, "", v(1))));
  }

  @Test
  void anExpectedVersionBelowOneIsInvalidInput() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    Refusal r = NoTrace.assertRefused(store, Refusal.Code.INVALID_INPUT,
        () -> lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "", v(0))));
    assertEquals(List.of("expectedVersion"), r.violations().stream().map(Refusal.Violation::path).toList());
    assertEquals("Min", r.violations().get(0).rule());
    Refusal missing = NoTrace.assertRefused(store, Refusal.Code.INVALID_INPUT,
        () -> lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "", null)));
    assertEquals(List.of("expectedVersion"), missing.violations().stream().map(Refusal.Violation::path).toList());
    assertEquals("NotNull", missing.violations().get(0).rule());
  }
}
