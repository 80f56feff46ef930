package org.lianfang.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.lianfang.application.evaluation.DeductionInput;
import org.lianfang.application.evaluation.EvaluationStep;
import org.lianfang.application.evaluation.InspectEvaluation;
import org.lianfang.application.evaluation.ProposeEvaluation;
import org.lianfang.application.evaluation.SelfAssessYear;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Deduction;
import org.lianfang.evaluation.ItemScore;
import org.lianfang.evaluation.LeadershipResult;
import org.lianfang.evaluation.Scorecard;
import org.lianfang.organization.Official;

/**
 * The pilot's annual evaluation (年度考核, S-11, P-24) under the default policy: on 12-29 each pilot unit assesses its
 * 2010; on 12-30 the city's discipline body reads each unit's records (monthly checks and their ratings, items
 * overdue, the appraisal, who was held accountable), deducting a point from the planning bureau's 工作机制 for the
 * November check it made up late, and enters the leaders' scores; on 12-31 it decides and publishes. The evaluation
 * is printed as a table of item scores, deductions, the three parts, the composite and the band, and the results as
 * they enter the assessment of each leadership team; then every unit's journal chain is checked once more.
 */
final class EvaluationStage {
  static final LocalDate ASSESSED = LocalDate.of(2010, 12, 29);
  static final LocalDate INSPECTED = LocalDate.of(2010, 12, 30);
  static final LocalDate PUBLISHED = LocalDate.of(2010, 12, 31);
  private static final Year YEAR = Year.of(2010);

  private final PilotFixture f;

  EvaluationStage(PilotFixture f) {
    this.f = f;
  }

  void run() {
    f.clock.advanceTo(ASSESSED);
    List<AnnualEvaluationId> ids = new ArrayList<>();
    for (int i = 0; i < f.pilots.size(); i++) {
      PilotFixture.Pilot p = f.pilots.get(i);
      ids.add(f.lianfang.evaluation().selfAssess(p.leader(), new SelfAssessYear(p.id(), YEAR, List.of(
          new BigDecimal("5"), new BigDecimal(13 + i % 3), new BigDecimal("8"), new BigDecimal(32 + i % 4),
          new BigDecimal("18"), new BigDecimal("9")), "风险点识别、防控措施、月查和群众评议均按试点方案完成")).orElseThrow());
    }
    f.log("各试点单位完成 2010 年度廉政风险防范管理自评（S-11）");
    f.clock.advanceTo(INSPECTED);
    for (int i = 0; i < ids.size(); i++) {
      List<DeductionInput> deductions = f.pilots.get(i).name().equals("市规划局") ? List.of(new DeductionInput(
          "mechanism", BigDecimal.ONE, "11 月月查逾期报送", "12-01 逾期通知")) : List.of();
      f.lianfang.evaluation().inspect(f.inspector, InspectEvaluation.of(ids.get(i), deductions, List.of()))
          .orElseThrow();
      f.lianfang.evaluation().propose(f.inspector, ProposeEvaluation.of(ids.get(i), List.of(
          new BigDecimal(86 + i % 5), new BigDecimal("88.5"), new BigDecimal(90 - i % 3)))).orElseThrow();
    }
    f.log("市纪委考核各试点单位：查阅月查、整改、预警、群众评议记录，规划局月查逾期扣 1 分；领导评分录入");
    f.clock.advanceTo(PUBLISHED);
    for (AnnualEvaluationId id : ids) {
      f.lianfang.evaluation().step(f.inspector, EvaluationStep.decide(id, "同意考核结果")).orElseThrow();
      f.lianfang.evaluation().step(f.inspector, EvaluationStep.publish(id)).orElseThrow();
    }
    f.log("市纪委审定并公布 2010 年度考核结果，结果进入各单位领导班子考核（S-11）");
    print();
    f.out.println();
    PilotWalkthrough.printJournalCheck(f.lianfang, f.city, f.out);
  }

  private void print() {
    f.out.println();
    f.out.println("2010 年度廉政风险防范管理考核（" + f.lianfang.evaluation().queries().policy().version().name() + "@"
        + f.lianfang.evaluation().queries().policy().version().version() + "：自评 20%、考核 40%、领导评分 40%）");
    f.out.println("单位 | 组织机构(5) | 工作机制(15) | 公开(10) | 措施落实(40) | 廉洁自律(20) | 群众评议(10) | 扣分 | 考核分 | "
        + "自评分 | 领导评分 | 综合 | 等次");
    for (PilotFixture.Pilot p : f.pilots) {
      AnnualEvaluationId id = f.lianfang.evaluation().queries().evaluations(f.inspector, p.id()).get(0).id();
      Scorecard c = f.lianfang.evaluation().queries().scorecard(f.inspector, id).orElseThrow();
      BigDecimal deducted = c.deductions().stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add);
      f.out.println(p.name() + " | " + c.items().stream().map(ItemScore::score).map(BigDecimal::toPlainString)
          .collect(Collectors.joining(" | ")) + " | " + deducted.toPlainString() + " | " + c.office() + " | "
          + c.self().orElseThrow() + " | " + c.leaders().orElseThrow() + " | " + c.composite().orElseThrow() + " | "
          + c.label());
    }
    f.out.println();
    f.out.println("考核结果（供领导班子考核，S-11）");
    for (LeadershipResult r : f.lianfang.evaluation().queries().results(f.inspector, f.city, YEAR)) {
      String leaders = f.lianfang.organization().queries().officials(f.inspector, r.unit()).stream()
          .filter(o -> r.leadership().contains(o.id())).map(Official::name).collect(Collectors.joining("、"));
      f.out.println(r.unitName() + " | " + r.total() + " | " + r.label() + " | 主要领导：" + (leaders.isEmpty() ? "（空缺）"
          : leaders));
    }
  }
}
