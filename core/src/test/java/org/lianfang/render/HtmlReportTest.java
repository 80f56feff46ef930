package org.lianfang.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.checks.CheckRollup;
import org.lianfang.table.Table;
import org.lianfang.testing.Generators;
import org.quicktheories.generators.SourceDSL;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report page and its fragments (issue 15): a page of any title and sections reads back, as XML, with its title,
 * a contents entry linking to each section, and every table cell as given, whatever characters it holds; nothing runs
 * and nothing is fetched; an anchor or a class that could break the page is refused; the checks' grid classes each
 * unit's month by what it shows.
 */
class HtmlReportTest {
  private static String readBack(String text) {
    return FlowChartSvgPropertyTest.parse("<t>" + Svg.escape(text) + "</t>").getDocumentElement().getTextContent();
  }

  @Test
  void aPageOfAnyTextReadsBackWithItsSectionsLinkedAndEveryCellAsGiven() {
    qt().withExamples(100).forAll(Generators.text(), SourceDSL.lists().of(Generators.text()).ofSizeBetween(1, 4),
        SourceDSL.lists().of(SourceDSL.lists().of(Generators.text()).ofSize(3)).ofSizeBetween(0, 5))
        .checkAssert((title, headings, rows) -> {
          HtmlReport report = HtmlReport.titled(title, "截至 2011-01-10");
          Table table = new Table(title, List.of("单位", "风险点", "等级"), rows);
          for (int i = 0; i < headings.size(); i++) {
            report.section("s" + i, headings.get(i), Html.of(Html.paragraph(headings.get(i)), Html.table(table)));
          }
          String page = report.render();
          assertTrue(page.startsWith("<!DOCTYPE html>"));
          Document d = FlowChartSvgPropertyTest.parse(page);
          assertEquals(readBack(title), d.getElementsByTagName("title").item(0).getTextContent());
          NodeList links = d.getElementsByTagName("a");
          NodeList sections = d.getElementsByTagName("section");
          assertEquals(headings.size(), links.getLength(), "a contents entry per section");
          for (int i = 0; i < headings.size(); i++) {
            Element a = (Element) links.item(i);
            Element section = (Element) sections.item(i);
            assertEquals("#" + section.getAttribute("id"), a.getAttribute("href"));
            assertEquals(readBack(headings.get(i)), a.getTextContent());
          }
          NodeList cells = d.getElementsByTagName("td");
          assertEquals(headings.size() * rows.size() * 3, cells.getLength());
          for (int i = 0; i < rows.size() * 3; i++) {
            assertEquals(readBack(rows.get(i / 3).get(i % 3)), cells.item(i).getTextContent());
          }
          assertEquals(0, d.getElementsByTagName("script").getLength(), "nothing runs");
          assertEquals(0, d.getElementsByTagName("link").getLength() + d.getElementsByTagName("img").getLength(),
              "nothing is fetched");
        });
  }

  @Test
  void anAnchorOrAClassThatCouldBreakThePageIsRefused() {
    HtmlReport report = HtmlReport.titled("报告", "2011");
    report.section("form2", "附表2", Html.text("x"));
    assertThrows(IllegalArgumentException.class, () -> report.section("form2", "again", Html.text("x")));
    assertThrows(IllegalArgumentException.class, () -> report.section("a\" onload=\"x", "附表", Html.text("x")));
    assertThrows(IllegalArgumentException.class, () -> report.section("", "附表", Html.text("x")));
    Table t = new Table("表", List.of("a"), List.of(List.of("1")));
    assertThrows(IllegalArgumentException.class, () -> Html.table(t, (r, c) -> Optional.of("ok\" style=\"x")));
    assertEquals("<details open=\"open\"><summary>&lt;b&gt;</summary>&amp;</details>",
        Html.details("<b>", true, Html.text("&")).markup());
  }

  @Test
  void p22_eachUnitsMonthIsClassedByWhetherItsChecksWereAllInOnTimeLateOrMissing() {
    UnitId land = new UnitId(UUID.randomUUID());
    UnitId planning = new UnitId(UUID.randomUUID());
    LocalDate asOf = LocalDate.of(2010, 12, 10);
    List<CheckRollup> rollups = new ArrayList<>();
    rollups.add(rollup(land, YearMonth.of(2010, 10), 3, 3, 0));
    rollups.add(rollup(land, YearMonth.of(2010, 11), 3, 3, 1));
    rollups.add(rollup(planning, YearMonth.of(2010, 10), 2, 1, 0));
    rollups.add(rollup(planning, YearMonth.of(2010, 12), 2, 0, 0));
    rollups.add(rollup(planning, YearMonth.of(2010, 11), 0, 0, 0));
    Html grid = ComplianceGrid.of(rollups, u -> u.equals(land) ? "市国土资源管理局" : "市规划局", asOf);
    Document d = FlowChartSvgPropertyTest.parse(grid.markup());
    List<String> head = new ArrayList<>();
    NodeList th = d.getElementsByTagName("th");
    for (int i = 0; i < th.getLength(); i++) {
      head.add(th.item(i).getTextContent());
    }
    assertEquals(List.of("单位", "2010-10", "2010-11", "2010-12"), head, "months in order, whatever the input's");
    List<String> classes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    NodeList td = d.getElementsByTagName("td");
    for (int i = 0; i < td.getLength(); i++) {
      classes.add(((Element) td.item(i)).getAttribute("class"));
      texts.add(td.item(i).getTextContent());
    }
    assertEquals(List.of("", "ok", "late", "none", "", "missing", "none", "none"), classes,
        "October on time, November one late, nothing of December yet; planning's October missing, November owed none, "
            + "December not yet due");
    assertEquals(List.of("市国土资源管理局", "3/3", "3/3（逾期 1）", "—", "市规划局", "1/2", "0/0", "0/2"), texts);
    assertFalse(grid.markup().contains("<script"));
  }

  private static CheckRollup rollup(UnitId unit, YearMonth month, int owed, int done, int late) {
    return new CheckRollup(unit, month, month.plusMonths(1).atDay(5), owed, done, late, 0, owed - done, Map.of());
  }
}
