package org.lianfang.examples;

import static org.lianfang.examples.PilotWalkthrough.STAGE_CLOSES;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.examples.PilotFixture.Finding;
import org.lianfang.examples.PilotFixture.Judgement;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;

/**
 * The first stage of the yearly loop, 风险排查 (S-1), as the pilot lived it from 2010-08-31 to 2010-09-30 (S-16):
 * organisation and flow charts ({@link PilotOrganisation}), risk points found ({@link PilotRisks}), then each point
 * through the review of P-5 — 审核 (S-5) → 定级 by probability and harm, the post's 人财物 and 三重一大 (S-6) → 公示 for
 * the week {@code [2010-09-20, 2010-09-27)} with comments from the public → 集体定 by the unit's deciding body once the
 * notice is over (S-3) — and the ledger (台帐, S-13).
 */
final class IdentificationStage {
  static final LocalDate CHARTS_DRAWN = LocalDate.of(2010, 9, 3);
  static final LocalDate POINTS_FOUND = LocalDate.of(2010, 9, 8);
  static final LocalDate REVIEWED = LocalDate.of(2010, 9, 13);
  static final LocalDate GRADED = LocalDate.of(2010, 9, 15);
  static final LocalDate NOTICE_STARTS = LocalDate.of(2010, 9, 20);
  /** The first day after the notice: the notice runs {@code [NOTICE_STARTS, NOTICE_ENDS)}. */
  static final LocalDate NOTICE_ENDS = LocalDate.of(2010, 9, 27);
  static final List<LocalDate> COMMENT_DAYS = List.of(LocalDate.of(2010, 9, 21), LocalDate.of(2010, 9, 24));
  static final LocalDate DECIDED = LocalDate.of(2010, 9, 28);

  private final PilotFixture f;

  IdentificationStage(PilotFixture f) {
    this.f = f;
  }

  /** Walks the stage from its first day to its last, printing a line per step and the ledger at the end. */
  void run() {
    PilotOrganisation organisation = new PilotOrganisation(f);
    organisation.organise();
    new CycleStage(f).open();
    organisation.drawCharts();
    new PilotRisks(f).findRisks();
    review();
    grade();
    publishAndHear();
    decide();
    report();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 审核 → 定级 → 公示 → 集体定 (S-3, S-5, S-6, P-5)

  private void review() {
    f.clock.advanceTo(REVIEWED);
    for (Finding finding : f.findings) {
      f.lianfang.risks().review(finding.unit().leader(),
          new ReviewRiskPoint(finding.id(), finding.unit().name() + "廉政风险防范管理工作小组审核：归纳梳理无误")).orElseThrow();
    }
    f.log("审核风险点 " + f.findings.size() + " 个（S-5）");
  }

  private void grade() {
    f.clock.advanceTo(GRADED);
    Map<RiskGrade, Integer> byGrade = new EnumMap<>(RiskGrade.class);
    Arrays.stream(RiskGrade.values()).forEach(g -> byGrade.put(g, 0));
    for (Finding finding : f.findings) {
      Judgement j = finding.judgement();
      f.lianfang.risks().grade(finding.unit().leader(),
          new GradeRiskPoint(finding.id(), j.probability(), j.harm(), j.majorMatter(), j.commonProblem()))
          .orElseThrow();
      RiskGrade g = f.lianfang.risks().queries().riskPoint(f.inspector, finding.id()).orElseThrow().grading()
          .orElseThrow().grade().level();
      byGrade.merge(g, 1, Integer::sum);
    }
    f.log("评定等级：" + List.of(RiskGrade.HIGHER, RiskGrade.GENERAL, RiskGrade.LOWER).stream()
        .map(g -> GradeLabels.SEED.label(g) + " " + byGrade.get(g)).collect(Collectors.joining("、"))
        + "（S-6：发生机率 × 危害程度，人财物、三重一大定底线）");
  }

  private void publishAndHear() {
    f.clock.advanceTo(NOTICE_STARTS);
    for (Finding finding : f.findings) {
      f.lianfang.risks().publish(finding.unit().leader(),
          new PublishRiskPoint(finding.id(), finding.unit().audience(), finding.unit().noticeScope(), NOTICE_STARTS,
              NOTICE_ENDS)).orElseThrow();
    }
    f.log("公示风险点及等级 " + f.findings.size() + " 个，公示期 [" + NOTICE_STARTS + ", " + NOTICE_ENDS + ")（S-5、S-6）");
    int heard = 0;
    for (int i = 0; i < COMMENT_DAYS.size(); i++) {
      f.clock.advanceTo(COMMENT_DAYS.get(i));
      for (Finding finding : f.findings) {
        if (i < finding.comments().size()) {
          f.lianfang.risks().comment(f.publicVisitor, new CommentOnNotice(finding.id(), finding.comments().get(i)))
              .orElseThrow();
          heard++;
        }
      }
    }
    f.log("公示期内收到群众意见 " + heard + " 条（P-5）");
  }

  private void decide() {
    f.clock.advanceTo(DECIDED);
    for (Finding finding : f.findings) {
      f.lianfang.risks().confirm(finding.unit().leader(),
          new ConfirmRiskPoint(finding.id(), finding.unit().decidingBody(), DECIDED)).orElseThrow();
    }
    f.log("公示期满，集体确定风险点 " + f.findings.size() + " 个（S-3 集体定）");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-09-30 登记汇总，建立台帐 (S-13)

  private void report() {
    f.clock.advanceTo(STAGE_CLOSES);
    f.log("登记汇总，形成廉政风险信息档案（S-13）");
    PilotWalkthrough.printLedger(f.lianfang, f.inspector, f.city, f.clock.today(), f.out);
  }
}
