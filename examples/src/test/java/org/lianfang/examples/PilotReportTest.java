package org.lianfang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.grading.GradeLabels;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessChart;
import org.lianfang.process.ProcessStep;
import org.lianfang.table.Csv;
import org.lianfang.table.Table;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The main job's report (issue 15), written after the pilot's year and the first changes of 2011, read back as a
 * reader and a spreadsheet would and checked against what the library holds: every section; Form 2 and Form 3 of every
 * pilot unit with their rows; a flow chart per process with each step's highest grade (P-2); a heat map counting
 * every point (S-6); the diff to 2011 with the land bureau's three changes (S-16); and every CSV read back by a CSV
 * library as the table it holds; nothing on the page runs or is fetched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotReportTest {
  private static final List<String> SECTIONS = List.of("overview", "form2", "form3", "heat-map", "flow-charts",
      "coverage", "third-line", "monthly-checks", "evaluation", "changes");

  private Lianfang lianfang;
  private Actor auditor;
  private List<Unit> pilots;
  private Path dir;
  private List<Path> files;
  private Document page;

  @BeforeAll
  void writeTheReport() throws Exception {
    MutableClock clock = MutableClock.startingOn(PilotWalkthrough.STAGE_OPENS, PilotWalkthrough.KUNMING);
    lianfang = PilotWalkthrough.open(InMemoryStore.create(), clock);
    UnitId city;
    try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
      city = PilotWalkthrough.run(lianfang, clock, out);
      NextYearStage.run(lianfang, clock, city, out);
    }
    auditor = Actor.of("test-auditor", "审计", Set.of(Role.AUDITOR), Set.of(city));
    pilots = lianfang.organization().queries().subtree(auditor, city).stream().filter(u -> !u.id().equals(city))
        .toList();
    dir = Files.createTempDirectory("lianfang-report");
    files = PilotReport.write(lianfang, city, clock.today(), dir);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    page = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(files.get(0))));
  }

  @AfterAll
  void removeTheReport() throws IOException {
    if (dir == null) {
      return; // the report was never written: the failure before says why
    }
    try (Stream<Path> all = Files.list(dir)) {
      for (Path p : all.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  private Element section(String id) {
    NodeList sections = page.getElementsByTagName("section");
    for (int i = 0; i < sections.getLength(); i++) {
      if (((Element) sections.item(i)).getAttribute("id").equals(id)) {
        return (Element) sections.item(i);
      }
    }
    throw new AssertionError("no section " + id);
  }

  /** The body rows of each table in an element, by the table's caption. */
  private static Map<String, Integer> rowsByCaption(Element e) {
    Map<String, Integer> out = new TreeMap<>();
    NodeList tables = e.getElementsByTagName("table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element t = (Element) tables.item(i);
      Element body = (Element) t.getElementsByTagName("tbody").item(0);
      out.put(t.getElementsByTagName("caption").item(0).getTextContent(), body.getElementsByTagName("tr").getLength());
    }
    return out;
  }

  @Test
  void issue15_thePageHoldsEverySectionAndNothingOnItRunsOrIsFetched() {
    NodeList sections = page.getElementsByTagName("section");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sections.getLength(); i++) {
      ids.add(((Element) sections.item(i)).getAttribute("id"));
    }
    assertEquals(SECTIONS, ids);
    assertEquals(0, page.getElementsByTagName("script").getLength(), "no script");
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertFalse(e.hasAttribute("src"), "nothing loaded: " + e.getTagName());
      assertTrue(!e.hasAttribute("href") || e.getAttribute("href").startsWith("#"), "links stay on the page");
    }
  }

  @Test
  void s13_form2AndForm3OfEveryPilotUnitShowEachOfTheirRows() {
    Map<String, Integer> form2 = rowsByCaption(section("form2"));
    Map<String, Integer> form3 = rowsByCaption(section("form3"));
    for (Unit p : pilots) {
      Table t2 = lianfang.risks().queries().form2(auditor, p.id()).orElseThrow().table();
      Table t3 = lianfang.control().queries().form3(auditor, p.id()).orElseThrow().table();
      assertEquals(t2.rows().size(), form2.get(t2.title()), t2.title());
      assertEquals(t3.rows().size(), form3.get(t3.title()), t3.title());
    }
  }

  @Test
  void p2_eachProcessIsDrawnWithEachStepsHighestGrade() {
    NodeList steps = section("flow-charts").getElementsByTagName("g");
    Map<String, String> drawn = new TreeMap<>();
    for (int i = 0; i < steps.getLength(); i++) {
      Element g = (Element) steps.item(i);
      drawn.merge(g.getAttribute("data-step"), g.getAttribute("data-grade"), (a, b) -> a + "," + b);
    }
    Map<String, String> expected = new TreeMap<>();
    int charts = 0;
    for (Unit p : pilots) {
      for (BusinessProcess process : lianfang.processes().queries().processes(auditor, p.id())) {
        charts++;
        ProcessChart chart = lianfang.processes().queries().processChart(auditor, process.id()).orElseThrow();
        for (ProcessStep s : process.steps()) {
          expected.merge(s.id().code(), chart.topGrade(s.id()).map(g -> g.code()).orElse("none"),
              (a, b) -> a + "," + b);
        }
      }
    }
    assertTrue(charts >= 2, "the pilot draws two charts");
    assertEquals(charts, section("flow-charts").getElementsByTagName("svg").getLength());
    assertEquals(expected, drawn);
    assertTrue(expected.values().stream().anyMatch(g -> g.contains("higher")), "a step of a 较高 point");
  }

  @Test
  void s6_theHeatMapCountsEveryPointOfTheCity() {
    NodeList cells = section("heat-map").getElementsByTagName("rect");
    int sum = 0;
    for (int i = 0; i < cells.getLength(); i++) {
      Element r = (Element) cells.item(i);
      sum += r.hasAttribute("data-count") ? Integer.parseInt(r.getAttribute("data-count")) : 0;
    }
    assertEquals(lianfang.risks().queries().heatMap(auditor, pilots.get(0).parent().orElseThrow()).total(), sum);
  }

  @Test
  void s16_theDiffTo2011ShowsTheLandBureausPointAddedAdjustedAndDeleted() {
    Unit land = pilots.stream().filter(u -> u.code().equals("KMGT")).findFirst().orElseThrow();
    RegisterDiff diff = lianfang.cycle().queries().changes(auditor, land.id()).orElseThrow();
    assertEquals(Set.of(RegisterDiff.Kind.values()), diff.entries().stream().map(RegisterDiff.Entry::kind)
        .collect(Collectors.toSet()));
    Map<String, Integer> shown = rowsByCaption(section("changes"));
    for (Unit p : pilots) {
      RegisterDiff d = lianfang.cycle().queries().changes(auditor, p.id()).orElseThrow();
      assertEquals(d.entries().size(), shown.get(d.table(p.name() + "，2011 年度", GradeLabels.SEED).title()), p.name());
    }
  }

  @Test
  void issue15_everyCsvFileReadsBackAsTheTableItHolds() throws IOException {
    Map<String, Table> expected = new TreeMap<>();
    for (Unit p : pilots) {
      expected.put("form2-" + p.code() + ".csv", lianfang.risks().queries().form2(auditor, p.id()).orElseThrow()
          .table());
      expected.put("form3-" + p.code() + ".csv", lianfang.control().queries().form3(auditor, p.id()).orElseThrow()
          .table());
    }
    expected.put("totals.csv", lianfang.risks().queries().totals(auditor, pilots.get(0).parent().orElseThrow())
        .table(GradeLabels.SEED));
    int csvFiles = 0;
    for (Path f : files.subList(1, files.size())) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      assertTrue(text.startsWith(Csv.BOM), f + " has a byte-order mark for Excel");
      List<List<String>> read = new ArrayList<>();
      try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
        for (CSVRecord r : parser) {
          read.add(r.toList());
        }
      }
      assertTrue(read.size() >= 1 && read.stream().allMatch(r -> r.size() == read.get(0).size()), f.toString());
      Table t = expected.get(f.getFileName().toString());
      if (t != null) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.headers());
        rows.addAll(t.rows());
        assertEquals(rows, read, f.toString());
      }
      csvFiles++;
    }
    assertTrue(csvFiles > expected.size(), "the tables besides the forms and totals are written too");
    assertTrue(files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet())
        .containsAll(expected.keySet()));
  }
}
