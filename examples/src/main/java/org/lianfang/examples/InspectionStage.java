package org.lianfang.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lianfang.application.checks.InspectionStep;
import org.lianfang.application.checks.PlanInspection;
import org.lianfang.application.checks.RecordAccountability;
import org.lianfang.application.checks.RecordFinding;
import org.lianfang.application.monitoring.RectificationStep;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.InspectionMethod;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPoint;

/**
 * The city's special inspection (专项检查, S-10) of two pilot units' administrative approvals, in November: planned on
 * 11-15, begun the next day by reading records, talks and spot checks; on 11-18 it finds that some approvals of the
 * land bureau were decided without the second reviewer's signature, orders their rectification (an item of the
 * bureau, P-21) and, on 11-22, records the official held accountable as the city's commission decided (诫勉谈话:
 * Lianfang records, it decides nothing); it reports on 11-25, the bureau rectifies, and it closes on 12-08.
 */
final class InspectionStage {
  private final PilotFixture f;
  private SpecialInspectionId inspection;
  private InspectionFindingId finding;
  private RectificationItemId item;

  InspectionStage(PilotFixture f) {
    this.f = f;
  }

  /** The day's steps in the third line's daily loop. */
  void on(LocalDate day) {
    PilotFixture.Pilot land = f.pilot("市国土资源管理局");
    switch (day.toString()) {
      case "2010-11-15" -> {
        inspection = f.lianfang.checks().planInspection(f.inspector, new PlanInspection(f.city, "昆纪检〔2010〕5号",
            "行政审批权力公开透明运行专项检查", List.of(land.id(), f.pilot("市住房和城乡建设局").id()),
            Set.of(InspectionMethod.DOCUMENTS, InspectionMethod.INTERVIEW, InspectionMethod.SPOT_CHECK),
            day.plusDays(1), LocalDate.of(2010, 12, 8))).orElseThrow();
        f.log("市纪委部署行政审批专项检查（S-10）：国土资源管理局、住房和城乡建设局，查看资料、个别谈话、抽查走访");
      }
      case "2010-11-16" -> f.lianfang.checks().stepInspection(f.inspector, InspectionStep.start(inspection))
          .orElseThrow();
      case "2010-11-18" -> {
        RiskPoint point = f.findings.stream().filter(x -> x.unit().equals(land)).map(x -> f.lianfang.risks()
            .queries().riskPoint(f.inspector, x.id()).orElseThrow()).findFirst().orElseThrow();
        OfficialId owner = point.owners().orElseThrow().sectionHead();
        finding = f.lianfang.checks().recordFinding(f.inspector, new RecordFinding(inspection, land.id(),
            "抽查三十件建设用地审批，四件缺少复核人签字即作出决定", List.of(point.id()), "审批决定一律经复核签字",
            "补签复核意见，修订审批流程，复核环节纳入电子监察", owner, LocalDate.of(2010, 12, 8))).orElseThrow();
        item = f.lianfang.checks().queries().findings(f.inspector, land.id()).stream()
            .filter(x -> x.id().equals(finding)).findFirst().orElseThrow().item();
        f.log("专项检查发现" + land.name() + "四件审批缺少复核签字，下达整改通知，限 12-08 前整改（P-21）");
      }
      case "2010-11-22" -> {
        OfficialId held = f.lianfang.risks().queries().riskPoint(f.inspector, f.lianfang.checks().queries()
            .findings(f.inspector, land.id()).get(0).points().get(0)).orElseThrow().owners().orElseThrow()
            .directOwner();
        f.lianfang.checks().recordAccountability(f.inspector, new RecordAccountability(finding, held, "诫勉谈话",
            "昆纪决〔2010〕21号", day)).orElseThrow();
        f.log("记录问责：直接责任人诫勉谈话（昆纪决〔2010〕21号，由市纪委决定，Lianfang 只作记录）");
      }
      case "2010-11-25" -> {
        f.lianfang.checks().stepInspection(f.inspector, InspectionStep.report(inspection,
            "两单位审批事项公开总体规范；国土资源管理局四件审批缺少复核签字，已责令整改并问责一人")).orElseThrow();
        f.log("专项检查情况通报");
      }
      case "2010-12-03" -> f.lianfang.monitoring().stepRectification(land.leader(), RectificationStep.submit(item,
          "补签复核意见四件，审批流程修订稿")).orElseThrow();
      case "2010-12-06" -> {
        f.lianfang.monitoring().stepRectification(f.inspector, RectificationStep.verify(item, "复核环节已纳入电子监察"))
            .orElseThrow();
        f.lianfang.monitoring().stepRectification(f.inspector, RectificationStep.close(item)).orElseThrow();
      }
      case "2010-12-08" -> {
        f.lianfang.checks().stepInspection(f.inspector, InspectionStep.close(inspection)).orElseThrow();
        f.log("专项检查发现的问题整改销号，检查结束");
      }
      default -> { }
    }
  }
}
