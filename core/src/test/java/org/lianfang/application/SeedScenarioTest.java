package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.grading.RiskGrade;
import org.lianfang.ledger.Verification;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.SourceKind;
import org.lianfang.testing.World;

/**
 * The identification stage of the seed, read as a story (S-2 to S-6, S-13, S-18): a pilot unit maps its posts and
 * powers, finds risks by the five methods, reviews and grades them, posts them, hears the public, and decides them
 * collectively; then the register, the form and the archive hold together.
 */
class SeedScenarioTest {
  @Test
  void s18_aPilotUnitRunsItsIdentificationStage() {
    World w = World.in(InMemoryStore.create());
    Lianfang lf = w.lianfang;

    // S-3: 自己找 by the post holder, 大家提 by a section head, 组织点 by the discipline inspector, 群众议 through a
    // public report, 集体定 in the leadership meeting — in all five categories (S-4).
    RiskPointId self = lf.risks().identify(w.approverHolder, w.aPointOnApprover()
        .foundBy(DiscoveryMethod.SELF).category(RiskCategory.DUTY)
        .described("利用用地审批权为亲友谋利").source(SourceKind.SOCIAL_CIRCLE, "亲友请托").build()).orElseThrow();
    RiskPointId colleagues = lf.risks().identify(w.sectionHead, w.aPointOnApprover()
        .foundBy(DiscoveryMethod.COLLEAGUES).category(RiskCategory.PROCESS).atStep(w.approvalProcess, "审查")
        .forPower(w.landApproval).described("材料审查环节标准不一").build()).orElseThrow();
    RiskPointId organisation = lf.risks().identify(w.inspector,
        org.lianfang.testing.RiskPointFixture.aRiskPoint(w.land).onPost(w.director).ownedBy(w.zhang, w.zhang, w.zhang)
            .foundBy(DiscoveryMethod.ORGANISATION).category(RiskCategory.INSTITUTIONAL)
            .through(DiscoveryChannel.FINANCIAL_AUDIT).described("重大资金使用未经集体研究").build()).orElseThrow();
    RiskPointId publicReport = lf.risks().identify(w.landLeader, w.aPointOnApprover()
        .foundBy(DiscoveryMethod.PUBLIC).through(DiscoveryChannel.PUBLIC_REPORT).category(RiskCategory.EXTERNAL)
        .described("开发商请托“打招呼”").source(SourceKind.UNWRITTEN_RULE, "行业潜规则").build()).orElseThrow();
    RiskPointId collective = lf.risks().identify(w.landLeader,
        org.lianfang.testing.RiskPointFixture.aRiskPoint(w.land).ownedBy(w.li, w.li, w.zhang)
            .foundBy(DiscoveryMethod.COLLECTIVE).category(RiskCategory.MORAL).described("廉洁自律意识淡薄（部门整体）")
            .build()).orElseThrow();
    List<RiskPointId> all = List.of(self, colleagues, organisation, publicReport, collective);

    // S-5, S-6: reviewed, graded, then published (公示) within a scope.
    LocalDate publishedOn = LocalDate.of(2010, 9, 20);
    w.clock.setDay(publishedOn);
    for (RiskPointId id : all) {
      lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "审查评估属实")).orElseThrow();
      boolean major = id.equals(organisation);
      lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 3, 3, major, false)).orElseThrow();
      lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "局机关公示栏及内网", publishedOn,
          publishedOn.plusDays(7)))
          .orElseThrow();
    }
    lf.risks().comment(w.visitor, new CommentOnNotice(self, "建议公开审批时限")).orElseThrow();

    // S-3: final only once collectively decided, after the notice period.
    w.clock.setDay(publishedOn.plusDays(7));
    for (RiskPointId id : all) {
      lf.risks().confirm(w.landLeader, new ConfirmRiskPoint(id, "局党组会议", publishedOn.plusDays(7))).orElseThrow();
    }

    List<RiskPoint> points = lf.risks().queries().riskPoints(w.auditor, w.land);
    assertEquals(5, points.size());
    assertTrue(points.stream().allMatch(p -> p.state() == ReviewState.CONFIRMED));
    assertEquals(EnumSet.allOf(DiscoveryMethod.class),
        EnumSet.copyOf(points.stream().map(p -> p.description().method()).toList()));
    assertEquals(EnumSet.allOf(RiskCategory.class),
        EnumSet.copyOf(points.stream().map(p -> p.description().category()).toList()));
    RiskPoint major = lf.risks().queries().riskPoint(w.auditor, organisation).orElseThrow();
    assertEquals(RiskGrade.HIGHER, major.grading().orElseThrow().grade().level(), "S-6: 三重一大 is 较高");
    assertEquals(1, lf.risks().queries().riskPoint(w.auditor, self).orElseThrow().notice().orElseThrow().comments()
        .size());

    // S-13: Form 2 lists every point with its post and person; the archive verifies.
    RiskIdentificationForm form = lf.risks().queries().form2(w.auditor, w.land).orElseThrow();
    assertEquals(5, form.rows().size());
    assertTrue(form.rows().stream().anyMatch(r -> r.postName().equals("部门风险") && r.holders().isEmpty()));
    assertTrue(form.rows().stream().anyMatch(r -> r.postName().equals("审批科科员") && r.holders().equals("赵磊")));
    assertEquals(Set.of("较高", "一般"), Set.copyOf(form.rows().stream().map(r -> r.gradeLabel()).toList()));
    assertTrue(form.toText().startsWith(RiskIdentificationForm.TITLE + "（市国土资源管理局"));
    assertEquals(
        new Verification.Intact(lf.ledger().queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow().size()),
        lf.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow());
  }
}
