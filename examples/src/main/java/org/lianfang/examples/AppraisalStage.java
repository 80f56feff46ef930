package org.lianfang.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.application.checks.AppraisalAnswer;
import org.lianfang.application.checks.AppraisalQuestion;
import org.lianfang.application.checks.AppraisalStep;
import org.lianfang.application.checks.PlanAppraisal;
import org.lianfang.application.checks.RecordAppraisalAnswers;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalResult;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.AppraisalScale;
import org.lianfang.risk.RiskPoint;

/**
 * The pilot's December public appraisal (群众评议, S-12, P-25): on 12-01 the city's discipline body plans a round for each
 * pilot unit, asking about its first risk point and the post it lies on, from 12-06 to 12-17 on the four-level scale;
 * the questionnaires' tallies are recorded on 12-08 and 12-10 (the third line's loop ends on the 10th), with one
 * respondent's 不满意 and comment in the land bureau, a contact left and sealed, which opens a rectification item due in
 * 15 working days; on 12-22 the rounds are analysed (the land bureau's point, with 10 % or more dissatisfied, is
 * flagged for next year's revision) and on 12-23 closed, and the results are printed per unit and item.
 */
final class AppraisalStage {
  static final LocalDate OPENS = LocalDate.of(2010, 12, 6);
  static final LocalDate CLOSES = LocalDate.of(2010, 12, 17);
  static final LocalDate ANALYSED = LocalDate.of(2010, 12, 22);
  static final LocalDate FED_BACK = LocalDate.of(2010, 12, 23);

  private final PilotFixture f;
  private final List<AppraisalRoundId> rounds = new ArrayList<>();

  AppraisalStage(PilotFixture f) {
    this.f = f;
  }

  /** @param day a day of the third line's loop: plans, opens and records on the days the class comment gives */
  void on(LocalDate day) {
    switch (day.toString()) {
      case "2010-12-01" -> {
        for (PilotFixture.Pilot p : f.pilots) {
          RiskPoint point = f.lianfang.risks().queries().riskPoint(f.inspector, f.findings.stream()
              .filter(x -> x.unit().equals(p)).findFirst().orElseThrow().id()).orElseThrow();
          rounds.add(f.lianfang.checks().planAppraisal(f.inspector, new PlanAppraisal(p.id(),
              "2010 年度廉政风险防控群众评议", AppraisalScale.FOUR_LEVEL, OPENS, CLOSES, List.of(
                  AppraisalQuestion.ofPoint("风险点“" + point.description().description() + "”的防控是否到位？", point.id(),
                      point.owners().orElseThrow().sectionHead()),
                  AppraisalQuestion.ofPost("该岗位工作人员是否廉洁、公开、按时办事？", point.location().post()
                      .orElseThrow(), point.owners().orElseThrow().sectionHead())))).orElseThrow());
        }
        f.log("市纪委（纠风办）部署各试点单位群众评议（S-12，P-25）：" + OPENS + " 至 " + CLOSES + "，满意/基本满意/不满意/不了解");
      }
      case "2010-12-06" -> {
        rounds.forEach(r -> f.lianfang.checks().stepAppraisal(f.inspector, AppraisalStep.open(r)).orElseThrow());
        f.log("群众评议开始征集：电话随机抽访、现场问卷");
      }
      case "2010-12-08", "2010-12-10" -> {
        for (int i = 0; i < rounds.size(); i++) {
          int half = day.getDayOfMonth() == 8 ? 0 : 1;
          List<AppraisalAnswer> answers = new ArrayList<>(List.of(
              AppraisalAnswer.tally(0, AppraisalRating.SATISFIED, 20 + 2 * i + half),
              AppraisalAnswer.tally(0, AppraisalRating.BASICALLY_SATISFIED, 3 + i % 3),
              AppraisalAnswer.tally(0, AppraisalRating.UNKNOWN, 2),
              AppraisalAnswer.tally(1, AppraisalRating.SATISFIED, 22 + i),
              AppraisalAnswer.tally(1, AppraisalRating.BASICALLY_SATISFIED, 4)));
          int unhappy = i == 2 ? 4 : i % 2; // a paper count has no line for a rating nobody gave
          if (unhappy > 0) {
            answers.add(AppraisalAnswer.tally(0, AppraisalRating.DISSATISFIED, unhappy));
          }
          if (i % 3 == 0) {
            answers.add(AppraisalAnswer.tally(1, AppraisalRating.DISSATISFIED, 1));
          }
          if (half == 1 && f.pilots.get(i).name().equals("市国土资源管理局")) {
            answers.add(AppraisalAnswer.commented(0, AppraisalRating.DISSATISFIED, "用地审批结果公示时间太短，查询不到办理进度",
                Optional.of("手机 1398710xxxx（评议人留）")));
          }
          f.lianfang.checks().recordAppraisalAnswers(f.inspector, RecordAppraisalAnswers.of(rounds.get(i), answers))
              .orElseThrow();
        }
        f.log("登记群众评议问卷" + (day.getDayOfMonth() == 10 ? "；国土资源管理局一份“不满意”附意见，开具整改事项，"
            + "15 个工作日内整改并回复（联系方式已密封，P-11）" : ""));
      }
      default -> { }
    }
  }

  /** Analyses and closes every round after its days, then prints the results. */
  void finish() {
    f.clock.advanceTo(ANALYSED);
    rounds.forEach(r -> f.lianfang.checks().stepAppraisal(f.inspector, AppraisalStep.analyse(r)).orElseThrow());
    f.log("群众评议结果分析：不满意率达 10% 的事项列入明年风险点调整");
    f.clock.advanceTo(FED_BACK);
    rounds.forEach(r -> f.lianfang.checks().stepAppraisal(f.inspector, AppraisalStep.close(r,
        "评议结果已向社会公布，并向留下联系方式的评议人反馈")).orElseThrow());
    f.log("群众评议结束，结果公开反馈");
    f.out.println();
    f.out.println("2010 年度群众评议结果（满意 100、基本满意 75、不满意 55，不了解不计分）");
    f.out.println("单位 | 事项 | 满意 | 基本满意 | 不满意 | 不了解 | 得分 | 满意率 | 列入调整");
    for (int i = 0; i < rounds.size(); i++) {
      AppraisalRound r = f.lianfang.checks().queries().appraisal(f.inspector, rounds.get(i)).orElseThrow();
      for (AppraisalResult x : r.results()) {
        AppraisalCounts n = x.counts();
        f.out.println(f.pilots.get(i).name() + " | " + (x.item() == 0 ? "风险点" : "岗位") + " | " + n.satisfied()
            + " | " + n.basicallySatisfied() + " | " + n.dissatisfied() + " | " + n.unknown() + " | "
            + x.score().orElseThrow() + " | " + x.satisfied().orElseThrow() + "% | "
            + (r.life().flagged().contains(x.item()) ? "是" : "否"));
      }
    }
  }
}
