package org.lianfang.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.control.DraftMeasure;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.application.control.IndicatorInput;
import org.lianfang.application.control.MeasureStep;
import org.lianfang.application.control.PublishPower;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.CoverageReport;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureField;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.control.PointCoverage;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPoint;

/**
 * The second stage of the yearly loop, 防控落实 (S-1), as far as Lianfang has it: from 2010-10-21 each pilot unit drafts
 * and registers a control measure against each of its confirmed points (附表3, P-13), chosen by the point's grade —
 * a 较高 or 一般 point is watched in the 中期监控 phase on the 制度 line (S-14: power made public and regulated), a 较低
 * point is met by education — and puts them in force, the watched ones on 10-25 and the rest by 2010-12-10 (S-16);
 * then Form 3 of each unit and the coverage
 * of the city (P-14). The training of 10-01 to 10-20 before it is {@link EducationStage}'s.
 */
final class ControlStage {
  static final LocalDate MEASURES_REGISTERED = LocalDate.of(2010, 10, 21);
  /** The day the measures of the 较高 and 一般 points, watched month by month, are put in force. */
  static final LocalDate WATCHED_IN_FORCE = LocalDate.of(2010, 10, 25);
  static final LocalDate IN_FORCE_BY = LocalDate.of(2010, 12, 10);

  private final PilotFixture f;

  ControlStage(PilotFixture f) {
    this.f = f;
  }

  private final List<ControlMeasureId> drafted = new ArrayList<>();
  private final List<Actor> by = new ArrayList<>();
  private final List<Boolean> watched = new ArrayList<>();
  private final List<Boolean> inForce = new ArrayList<>();

  /** Drafts, registers and puts in force a measure per confirmed point, then prints Form 3 and the coverage. */
  void run() {
    register();
    putInForce();
  }

  /** On 10-21, drafts and registers a measure per confirmed point. */
  void register() {
    f.clock.advanceTo(MEASURES_REGISTERED);
    for (PilotFixture.Finding finding : f.findings) {
      RiskPoint p = f.lianfang.risks().queries().riskPoint(f.inspector, finding.id()).orElseThrow();
      ControlMeasureId id = f.lianfang.control().draft(finding.unit().leader(), measure(p)).orElseThrow();
      f.lianfang.control().step(finding.unit().leader(), MeasureStep.register(id)).orElseThrow();
      drafted.add(id);
      by.add(finding.unit().leader());
      watched.add(p.grading().orElseThrow().grade().level() != RiskGrade.LOWER);
      inForce.add(false);
    }
    f.log("登记防控措施 " + drafted.size() + " 项（附表3，P-13）");
  }

  /** On 10-25, a day of the third line's loop: puts the measures of the 较高 and 一般 points in force. */
  void on(LocalDate day) {
    if (day.equals(WATCHED_IN_FORCE)) {
      int n = putInForce(true);
      f.log("较高、一般风险点的防控措施 " + n + " 项先行执行，自 10 月起逐月检查（S-10，P-22）");
    }
  }

  /** @return how many of the measures still registered, of the watched points or of all, it put in force */
  private int putInForce(boolean watchedOnly) {
    int n = 0;
    for (int i = 0; i < drafted.size(); i++) {
      if (!inForce.get(i) && (watched.get(i) || !watchedOnly)) {
        f.lianfang.control().step(by.get(i), MeasureStep.putInForce(drafted.get(i))).orElseThrow();
        inForce.set(i, true);
        n++;
      }
    }
    return n;
  }

  /** On 12-10, puts the rest in force and prints Form 3 and the coverage. */
  void putInForce() {
    f.clock.advanceTo(IN_FORCE_BY);
    putInForce(false);
    f.log("防控措施全部落实执行（S-16：措施制定与落实 10-21 至 12-10）");
    int published = 0;
    for (Map.Entry<String, PilotFixture.Pilot> e : f.powerUnits.entrySet()) {
      if (e.getKey().equals(NOT_YET_PUBLISHED)) {
        continue;
      }
      Map<DisclosureField, String> fields = new EnumMap<>(DisclosureField.class);
      fields.put(DisclosureField.CODE, e.getKey());
      fields.put(DisclosureField.PROCEDURE, "受理 → 审查 → 决定 → 结果公开（流程图见服务大厅）");
      fields.put(DisclosureField.TIME_LIMIT, "按法定时限办结，承诺时限见办事指南");
      fields.put(DisclosureField.FEES, "不收费");
      fields.put(DisclosureField.COMPLAINT_PHONE, "0871-12388");
      f.lianfang.control().publishPower(e.getValue().leader(), new PublishPower(f.powers.get(e.getKey()), fields,
          Set.of(DisclosureChannel.WEBSITE, DisclosureChannel.SERVICE_HALL), IN_FORCE_BY, Optional.empty()))
          .orElseThrow();
      published++;
    }
    f.log("各试点单位公开权力事项 " + published + " 项（P-16，权力公开透明运行）；招投标交易中心“投标保证金收退”尚未公开");
    printControl(f.lianfang, f.inspector, f.city, f.out);
  }

  /** The one power item the pilot has not yet published by the end of the control stage: it costs its unit 公开. */
  static final String NOT_YET_PUBLISHED = "ZTB-Q03";

  private DraftMeasure measure(RiskPoint p) {
    RiskGrade grade = p.grading().orElseThrow().grade().level();
    boolean watched = grade != RiskGrade.LOWER;
    return new DraftMeasure(p.location().unit(), List.of(p.id()),
        watched ? ControlPhase.MONITORING : ControlPhase.PREVENTION,
        watched ? DefenseLine.POWER_REGULATION : DefenseLine.EDUCATION,
        watched ? "办理依据、流程、时限和结果公开，电子监察全程留痕，每月通报逾期和异常件"
            : "岗位廉政教育，任职和轮岗时廉政谈话",
        watched ? "《昆明市行政权力公开透明运行办法》" : "《昆明市廉政教育制度》", p.owners().orElseThrow(), IN_FORCE_BY,
        Optional.of(watched ? Cadence.MONTHLY : Cadence.YEARLY),
        watched ? Optional.of(new IndicatorInput("逾期办理件数", "件", "电子监察系统每月统计超过承诺时限的件数", BigDecimal.ZERO,
            MonitoringIndicator.Direction.ABOVE)) : Optional.empty(),
        List.of(new EvidenceInput("措施登记表（附表3）", "纪委预防腐败室/2010/附表3/" + p.code(), Optional.empty())));
  }

  /**
   * Prints Form 3 of each pilot unit, the coverage of the city and every unit's journal check, from what is stored.
   *
   * @param lianfang the library
   * @param inspector a discipline inspector scoped to the city
   * @param city the pilot's root
   * @param out where the forms go
   */
  static void printControl(Lianfang lianfang, Actor inspector, UnitId city, PrintStream out) {
    List<Unit> pilots = lianfang.organization().queries().subtree(inspector, city).stream()
        .filter(u -> !u.id().equals(city)).toList();
    for (Unit p : pilots) {
      out.println();
      out.print(lianfang.control().queries().form3(inspector, p.id()).orElseThrow().toText());
    }
    CoverageReport coverage = lianfang.control().queries().coverage(inspector, city);
    out.println();
    out.println("防控覆盖（P-14）：已确认风险点 " + coverage.points().size() + " 个，已覆盖 "
        + (coverage.points().size() - coverage.uncovered().size()) + " 个；主要领导岗位和三重一大事项 "
        + coverage.singledOut().size() + " 个（S-14）");
    for (PointCoverage c : coverage.uncovered()) {
      out.println("  尚缺：" + c.unitName() + " " + c.code() + " — " + c.gaps().stream()
          .map(g -> g.chinese()).collect(Collectors.joining("；")) + (c.stale() ? "（风险点待复核）" : ""));
    }
    out.println();
    PilotWalkthrough.printJournalCheck(lianfang, city, out);
  }
}
