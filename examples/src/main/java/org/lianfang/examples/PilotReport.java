package org.lianfang.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.checks.CheckRollup;
import org.lianfang.control.ControlRegistrationForm;
import org.lianfang.control.CoverageReport;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.evaluation.LeadershipResult;
import org.lianfang.evaluation.Scorecard;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.GradeMatrix;
import org.lianfang.monitoring.Funnel;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.Warning;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.render.ComplianceGrid;
import org.lianfang.render.FlowChartSvg;
import org.lianfang.render.FunnelSvg;
import org.lianfang.render.HeatMapSvg;
import org.lianfang.render.Html;
import org.lianfang.render.HtmlReport;
import org.lianfang.table.Csv;
import org.lianfang.table.Table;

/**
 * The pilot's year as one HTML report and its forms as CSV for Excel (issue 15), read from the store after the main
 * job: Form 2 and Form 3 of each pilot unit, the heat map and the totals, each business flow chart with its steps'
 * points and grades (P-2), the coverage (P-14), the third line's funnel, the monthly checks' compliance per unit and
 * month, the evaluation, and each unit's register changes since 2010 (the diff to 2011). Everything on the page is
 * drawn by the library ({@code org.lianfang.render}); this class only chooses what goes where.
 */
public final class PilotReport {
  /** The report page's file name in the report directory. */
  public static final String PAGE = "index.html";
  private static final Year YEAR = Year.of(2010);

  private PilotReport() {}

  /**
   * Writes {@value #PAGE} and the CSV files into {@code dir}, replacing any of an earlier run.
   *
   * @param lianfang the library over the pilot's store
   * @param city the pilot's root
   * @param asOf the day the report shows
   * @param dir where the files go (made if missing)
   * @return the files written, the page first
   */
  public static List<Path> write(Lianfang lianfang, UnitId city, LocalDate asOf, Path dir) {
    Actor inspector = PilotWalkthrough.inspectorOf(city);
    List<Unit> units = lianfang.organization().queries().subtree(inspector, city);
    List<Unit> pilots = units.stream().filter(u -> !u.id().equals(city)).toList();
    Map<UnitId, String> names = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
    Function<UnitId, String> name = id -> names.getOrDefault(id, id.toString());
    GradeLabels labels = GradeLabels.SEED;
    Map<String, Table> csv = new LinkedHashMap<>();
    HtmlReport page = HtmlReport.titled("昆明市廉政风险防范管理试点 " + YEAR + " 年度报告",
        "Kunming's integrity-risk prevention pilot, " + YEAR + " — 试点单位 " + pilots.size() + " 个（S-18），截至 " + asOf
            + "；由 Lianfang 从台帐数据生成，无脚本、离线可读");

    page.section("overview", "概况 / Overview", overview(lianfang, city, pilots));

    List<Html> forms2 = new ArrayList<>();
    List<Html> forms3 = new ArrayList<>();
    for (Unit p : pilots) {
      Table f2 = lianfang.risks().queries().form2(inspector, p.id()).orElseThrow().table();
      ControlRegistrationForm f3 = lianfang.control().queries().form3(inspector, p.id()).orElseThrow();
      Table t3 = f3.table();
      forms2.add(Html.details(p.name() + "（" + f2.rows().size() + " 个风险点）", forms2.isEmpty(), Html.table(f2)));
      forms3.add(Html.details(p.name(), forms3.isEmpty(), Html.of(Html.table(t3),
          Html.table(f3.totalsTable(labels)))));
      csv.put("form2-" + p.code() + ".csv", f2);
      csv.put("form3-" + p.code() + ".csv", t3);
    }
    page.section("form2", "附表2 部门和个人廉政风险点识别表 / Form 2", Html.of(forms2));
    page.section("form3", "附表3 廉政风险防控措施登记表 / Form 3", Html.of(forms3));

    Table totals = lianfang.risks().queries().totals(inspector, city).table(labels);
    csv.put("totals.csv", totals);
    String heat = HeatMapSvg.of(GradeMatrix.standard(), labels)
        .draw(lianfang.risks().queries().heatMap(inspector, city), "昆明市试点单位 风险分布（" + asOf + "）");
    page.section("heat-map", "风险分布 / Heat map (probability × harm)",
        Html.of(Html.figure(Html.trusted(heat), "发生机率 × 危害程度，格中为风险点个数，颜色为等级（S-6）"), Html.table(totals)));

    List<Html> charts = new ArrayList<>();
    for (Unit p : pilots) {
      for (BusinessProcess process : lianfang.processes().queries().processes(inspector, p.id())) {
        String title = p.name() + " " + process.name() + "（" + process.code() + "）";
        charts.add(Html.figure(Html.trusted(FlowChartSvg.standard().draw(lianfang.processes().queries()
            .processChart(inspector, process.id()).orElseThrow(), title)), "业务流程廉政风险防控图（P-2）：" + title));
      }
    }
    page.section("flow-charts", "业务流程风险防控图 / Flow charts with risk points (P-2)", Html.of(charts));

    CoverageReport coverage = lianfang.control().queries().coverage(inspector, city);
    Table covered = coverage.table(labels);
    csv.put("coverage.csv", covered);
    page.section("coverage", "防控覆盖 / Coverage (P-14)", Html.of(Html.paragraph("已确认风险点 "
        + coverage.points().size() + " 个，已覆盖 " + (coverage.points().size() - coverage.uncovered().size())
        + " 个；主要领导岗位和三重一大事项 " + coverage.singledOut().size() + " 个（S-14）。"),
        Html.table(covered)));

    page.section("third-line", "第三道防线 / Warnings funnel (P-8, P-18, P-21)", funnels(lianfang, inspector, units,
        asOf, csv));

    List<CheckRollup> rollups = new ArrayList<>();
    for (Unit p : pilots) {
      for (YearMonth m = YearMonth.of(2010, 10); !m.isAfter(YearMonth.of(2010, 12)); m = m.plusMonths(1)) {
        rollups.add(lianfang.checks().queries().rollup(inspector, p.id(), m).orElseThrow());
      }
    }
    Table checks = CheckRollup.table(rollups, name, asOf);
    csv.put("monthly-checks.csv", checks);
    page.section("monthly-checks", "月查 / Monthly check compliance (S-10, P-22)",
        Html.of(ComplianceGrid.of(rollups, name, asOf), Html.table(checks)));

    page.section("evaluation", "年度考核 / Annual evaluation (S-11, P-24)", evaluation(lianfang, inspector, city,
        pilots, csv));

    List<Html> diffs = new ArrayList<>();
    for (Unit p : pilots) {
      RegisterDiff diff = lianfang.cycle().queries().changes(inspector, p.id()).orElseThrow();
      Table t = diff.table(p.name() + "，" + YEAR.plusYears(1) + " 年度", labels);
      diffs.add(Html.details(p.name() + "（" + diff.entries().size() + " 项）", diffs.isEmpty(), Html.table(t)));
      csv.put("changes-" + p.code() + ".csv", t);
    }
    page.section("changes", "修正完善 / Changes since " + YEAR + " (S-16, P-26)", Html.of(diffs));

    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      written.add(Files.writeString(dir.resolve(PAGE), page.render(), StandardCharsets.UTF_8));
      for (Map.Entry<String, Table> e : csv.entrySet()) {
        written.add(Files.write(dir.resolve(e.getKey()), Csv.excelBytes(e.getValue())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report into " + dir, e);
    }
    return written;
  }

  private static Html overview(Lianfang lianfang, UnitId city, List<Unit> pilots) {
    return Html.of(Html.paragraph("试点单位 " + pilots.size() + " 个：" + pilots.stream().map(Unit::name)
        .collect(Collectors.joining("、")) + "。"), Html.paragraph(PilotWalkthrough.journalCheck(lianfang, city)
        + "（廉政风险信息档案的哈希链）"), Html.paragraph("表格另存为 CSV（UTF-8 带 BOM，Excel 可直接打开），与本页同目录。"));
  }

  private static Html funnels(Lianfang lianfang, Actor inspector, List<Unit> units, LocalDate asOf,
      Map<String, Table> csv) {
    List<Warning> warnings = new ArrayList<>();
    List<RectificationItem> items = new ArrayList<>();
    for (Unit u : units) {
      warnings.addAll(lianfang.monitoring().queries().warnings(inspector, u.id()));
      items.addAll(lianfang.monitoring().queries().rectificationItems(inspector, u.id()));
    }
    List<Html> parts = new ArrayList<>();
    for (Map.Entry<String, Funnel> e : List.of(Map.entry("funnel-warnings.csv", Funnel.ofWarnings(warnings, asOf)),
        Map.entry("funnel-rectification.csv", Funnel.ofRectifications(items, asOf)))) {
      Table t = e.getValue().table();
      parts.add(Html.figure(Html.trusted(FunnelSvg.draw(e.getValue())), "每一环节计到达该环节或其后环节的件数；"
          + "逾期：任一环节超过时限，含逾期后完成"));
      parts.add(Html.table(t));
      csv.put(e.getKey(), t);
    }
    return Html.of(parts);
  }

  private static Html evaluation(Lianfang lianfang, Actor inspector, UnitId city, List<Unit> pilots,
      Map<String, Table> csv) {
    Map<String, Scorecard> cards = new LinkedHashMap<>();
    for (Unit p : pilots) {
      lianfang.evaluation().queries().evaluations(inspector, p.id()).stream().findFirst().ifPresent(e -> cards.put(
          p.name(), lianfang.evaluation().queries().scorecard(inspector, e.id()).orElseThrow()));
    }
    Table summary = Scorecard.summary(cards, YEAR + " 年度，昆明市纪委");
    csv.put("evaluation.csv", summary);
    List<List<String>> rows = new ArrayList<>();
    for (LeadershipResult r : lianfang.evaluation().queries().results(inspector, city, YEAR)) {
      rows.add(List.of(r.unitName(), r.total().toPlainString(), r.label()));
    }
    return Html.of(Html.table(summary), Html.table(new Table("考核结果（供领导班子考核，S-11）",
        List.of("单位", "综合得分", "等次"), rows)));
  }
}
