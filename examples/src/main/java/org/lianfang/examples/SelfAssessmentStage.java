package org.lianfang.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lianfang.application.checks.DraftSelfCheck;
import org.lianfang.application.checks.SelfCheckStep;
import org.lianfang.application.checks.SelfCheckText;
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.SelfCheckFigures;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;

/**
 * The pilot's self-assessment window (自查自纠, S-16: 12-11 to 12-21): each pilot unit drafts its self-check of 2010's
 * second half on 12-13 and submits it to the city on 12-17, its figures read from its records that day (P-12, P-23);
 * the city's discipline body acknowledges them on 12-21, and the figures are printed per unit.
 */
final class SelfAssessmentStage {
  static final LocalDate OPENS = LocalDate.of(2010, 12, 11);
  static final LocalDate CLOSES = LocalDate.of(2010, 12, 21);
  private static final HalfYear H2 = new HalfYear(2010, 2);

  private final PilotFixture f;

  SelfAssessmentStage(PilotFixture f) {
    this.f = f;
  }

  void run() {
    List<SelfCheckReportId> reports = new ArrayList<>();
    f.clock.advanceTo(LocalDate.of(2010, 12, 13));
    for (PilotFixture.Pilot p : f.pilots) {
      reports.add(f.lianfang.checks().draftSelfCheck(p.leader(), new DraftSelfCheck(p.id(), H2, new SelfCheckText(
          "试点以来防控措施逐项登记并落实，月查覆盖全部有措施的岗位", "领导班子和岗位人员廉洁自律，未发现违纪违法问题",
          "个别审批环节复核、公开制度不够完善", "月查、预警和专项检查发现的问题已整改或正在整改",
          "修订完善制度，明年一季度开展风险点调整"))).orElseThrow());
    }
    f.log("各试点单位起草 2010 年下半年自查报告（P-12，P-23）");
    f.clock.advanceTo(LocalDate.of(2010, 12, 17));
    for (int i = 0; i < reports.size(); i++) {
      f.lianfang.checks().stepSelfCheck(f.pilots.get(i).leader(), SelfCheckStep.submit(reports.get(i)))
          .orElseThrow();
    }
    f.log("各试点单位向市纪委报送自查报告，统计数据取自当日记录");
    f.clock.advanceTo(CLOSES);
    for (SelfCheckReportId r : reports) {
      f.lianfang.checks().stepSelfCheck(f.inspector, SelfCheckStep.acknowledge(r, "已阅，逾期整改事项限期销号"))
          .orElseThrow();
    }
    f.log("市纪委确认各单位自查报告");
    f.out.println();
    f.out.println("2010 年下半年自查报告（截至报送日）");
    f.out.println("单位 | 月查 | 完全落实 | 部分落实 | 未落实 | 整改开具 | 整改销号 | 整改逾期 | 预警发出 | 预警销号");
    for (PilotFixture.Pilot p : f.pilots) {
      SelfCheckReport r = f.lianfang.checks().queries().selfChecks(f.inspector, p.id()).stream()
          .filter(x -> x.half().equals(H2)).findFirst().orElseThrow();
      SelfCheckFigures n = r.figures().orElseThrow();
      f.out.println(p.name() + " | " + n.checks() + " | " + n.full() + " | " + n.partial() + " | " + n.none() + " | "
          + n.itemsOpened() + " | " + n.itemsClosed() + " | " + n.itemsOverdue() + " | " + n.warningsIssued() + " | "
          + n.warningsClosed());
    }
  }
}
