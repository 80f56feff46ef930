package org.lianfang.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.application.control.MeasureStep;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRollup;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlRegistrationForm;
import org.lianfang.control.CoverageReport;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.evaluation.Scorecard;
import org.lianfang.evaluation.SoeEvaluationPolicy;
import org.lianfang.evaluation.StandardEvaluationPolicy;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskTotals;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.EvaluationGenerators;
import org.lianfang.testing.World;

/**
 * The forms and roll-ups a spreadsheet opens (issue 15, S-13): Form 2, Form 3 and its totals, the risk totals, the
 * monthly checks' roll-up, the evaluation's scorecard and its summary, the coverage (P-14) and the revision's diff
 * (S-16) each give a table with every column and every cell whole,
 * whose CSV a CSV library reads back as the table; a point described to look like a formula is read back as text.
 */
class FormTablesTest {
  /** A description a spreadsheet would run as a formula, with a comma, quotes and a line break besides. */
  private static final String FORMULA = "=HYPERLINK(\"http://例.cn\",\"审批\")，吃拿卡要\n利用职权";

  private static List<List<String>> back(Table t) throws IOException {
    String csv = Csv.excel(t);
    assertTrue(csv.startsWith(Csv.BOM), "UTF-8 with a byte-order mark");
    List<List<String>> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(csv.substring(1)), CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        out.add(r.toList());
      }
    }
    return out;
  }

  /** The table's header and rows, as a spreadsheet shows them: a cell that begins as a formula begins with '. */
  private static List<List<String>> shown(Table t) {
    List<List<String>> out = new ArrayList<>();
    out.add(t.headers());
    t.rows().forEach(out::add);
    return out.stream().map(r -> r.stream().map(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0
        ? "'" + c : c).toList()).toList();
  }

  /**
   * What {@link #twoPointsAndAMeasure} made.
   *
   * @param formula the point described as a formula
   * @param measure the measure registered against it
   */
  private record Made(RiskPointId formula, ControlMeasureId measure) {}

  /**
   * @param w the world
   * @return two confirmed points on the approver's post, one described as a formula, and a measure registered against
   *     that one
   */
  private static Made twoPointsAndAMeasure(World w) {
    RiskPointId formula = w.confirmed(w.aPointOnApprover().described(FORMULA).build());
    w.confirmed(w.aPointOnApprover().described("审批吃拿卡要").build());
    ControlMeasureId m = w.lianfang.control().draft(w.landLeader, ControlScenarios.onlinePublication(w,
        List.of(formula))).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.register(m)).orElseThrow();
    return new Made(formula, m);
  }

  @Test
  void s13_form2AndForm3ReadBackWholeWithTheFormulaAsText() throws IOException {
    World w = World.in(InMemoryStore.create());
    ControlMeasureId m = twoPointsAndAMeasure(w).measure();

    RiskIdentificationForm form2 = w.lianfang.risks().queries().form2(w.auditor, w.land).orElseThrow();
    Table t2 = form2.table();
    assertEquals(form2.rows().size(), t2.rows().size());
    assertTrue(t2.title().startsWith(RiskIdentificationForm.TITLE) && t2.title().contains("市国土资源管理局"),
        t2.title());
    List<List<String>> read2 = back(t2);
    assertEquals(shown(t2), read2);
    int description = t2.headers().indexOf("风险点");
    assertTrue(read2.stream().anyMatch(r -> r.get(description).equals("'" + FORMULA)),
        "the formula reads back as text, whole");

    ControlRegistrationForm form3 = w.lianfang.control().queries().form3(w.auditor, w.land).orElseThrow();
    Table t3 = form3.table();
    assertEquals(List.of(m), form3.rows().stream().map(r -> r.measure()).toList());
    assertEquals(shown(t3), back(t3));
    assertEquals("'" + FORMULA, back(t3).get(1).get(t3.headers().indexOf("风险点")));
    Table totals = form3.totalsTable(GradeLabels.SEED);
    assertEquals(shown(totals), back(totals));
    assertEquals(List.of("合计", "", "", "1"), totals.rows().get(totals.rows().size() - 1));

    RiskTotals riskTotals = w.lianfang.risks().queries().totals(w.inspector, w.city);
    Table tt = riskTotals.table(GradeLabels.SEED);
    assertEquals(shown(tt), back(tt));
    assertEquals(Integer.toString(riskTotals.total()), tt.rows().get(tt.rows().size() - 1)
        .get(tt.headers().indexOf("小计")), "the 合计 row's subtotal is the totals' own");
  }

  @Test
  void p22_p24_theChecksRollUpAndTheScorecardReadBackWhole() throws IOException {
    UnitId unit = new UnitId(UUID.randomUUID());
    CheckRollup late = new CheckRollup(unit, YearMonth.of(2010, 10), LocalDate.of(2010, 11, 5), 12, 9, 2, 1, 2,
        Map.of(CheckRating.values()[0], 30));
    CheckRollup none = new CheckRollup(unit, YearMonth.of(2010, 11), LocalDate.of(2010, 12, 5), 0, 0, 0, 0, 0,
        Map.of());
    Table checks = CheckRollup.table(List.of(late, none), u -> "市国土资源管理局，审批科", LocalDate.of(2010, 12, 1));
    assertEquals(shown(checks), back(checks));
    assertEquals(List.of("市国土资源管理局，审批科", "2010-10", "2010-11-05", "12", "9", "2", "1", "2", "是"),
        back(checks).get(1).subList(0, 9));
    assertEquals("否", back(checks).get(2).get(8), "nothing owed, nothing overdue");

    Scorecard card = Scorecard.of(StandardEvaluationPolicy.standard(), EvaluationGenerators.bureau(unit,
        Year.of(2010), LocalDate.of(2010, 12, 31)), Optional.of(new BigDecimal("90")), List.of(),
        List.of(new BigDecimal("88")), List.of());
    Table scores = card.table("市国土资源管理局 2010 年");
    assertEquals(shown(scores), back(scores));
    assertEquals(card.items().size() + 5, scores.rows().size(), "the items, four totals and the band");
    assertEquals(card.items().get(3).rationale(), back(scores).get(4).get(3), "a rationale whole");
    assertEquals(card.label(), scores.rows().get(scores.rows().size() - 1).get(2));
  }

  @Test
  void p14_s16_theCoverageAndTheRevisionsDiffReadBackWhole() throws IOException {
    World w = World.in(InMemoryStore.create());
    RiskPointId formula = twoPointsAndAMeasure(w).formula();
    CoverageReport coverage = w.lianfang.control().queries().coverage(w.inspector, w.city);
    Table ct = coverage.table(GradeLabels.SEED);
    assertEquals(coverage.points().size(), ct.rows().size());
    assertEquals(shown(ct), back(ct));
    int gaps = ct.headers().indexOf("尚缺");
    assertEquals(coverage.uncovered().size(), ct.rows().stream().filter(r -> !r.get(gaps).isEmpty()).count(),
        "a point lacking something names what");

    RiskPointId added = new RiskPointId(UUID.randomUUID());
    RegisterDiff diff = new RegisterDiff(Year.of(2010), List.of(
        new RegisterDiff.Entry(RegisterDiff.Kind.ADDED, added, "KMGT-0004", Set.of(), FORMULA,
            Optional.of(RiskGrade.HIGHER), Optional.empty(), List.of()),
        new RegisterDiff.Entry(RegisterDiff.Kind.ADJUSTED, formula, "KMGT-0001",
            Set.of(RegisterDiff.Aspect.OWNERS, RegisterDiff.Aspect.GRADE), "轮岗", Optional.of(RiskGrade.LOWER),
            Optional.empty(), List.of()),
        new RegisterDiff.Entry(RegisterDiff.Kind.DELETED, new RiskPointId(UUID.randomUUID()), "KMGT-0002", Set.of(),
            "并入用地预审", Optional.empty(), Optional.empty(), List.of())));
    Table dt = diff.table("市国土资源管理局，2011 年度", GradeLabels.SEED);
    assertEquals(shown(dt), back(dt));
    assertEquals(List.of("新增", "KMGT-0004", "", "'" + FORMULA, GradeLabels.SEED.label(RiskGrade.HIGHER), ""),
        back(dt).get(1));
    assertEquals("等级、责任人", back(dt).get(2).get(2), "the aspects in their order");
    assertEquals(List.of("删除", "KMGT-0002", "", "并入用地预审", "", ""), back(dt).get(3));
  }

  @Test
  void p24_theEvaluationsSummaryHasARowPerUnitAndRefusesToMixPolicies() throws IOException {
    UnitId unit = new UnitId(UUID.randomUUID());
    Map<String, Scorecard> cards = new LinkedHashMap<>();
    for (String name : List.of("市国土资源管理局", "=市规划局")) {
      cards.put(name, Scorecard.of(StandardEvaluationPolicy.standard(), EvaluationGenerators.bureau(unit,
          Year.of(2010), LocalDate.of(2010, 12, 31)), Optional.of(new BigDecimal("90")), List.of(),
          List.of(new BigDecimal("88")), List.of()));
    }
    Table summary = Scorecard.summary(cards, "2010 年度");
    assertEquals(shown(summary), back(summary));
    Scorecard first = cards.get("市国土资源管理局");
    assertEquals(1 + first.items().size() + 6, summary.headers().size(), "the unit, the items and six totals");
    assertEquals(List.of("市国土资源管理局", "'=市规划局"), back(summary).stream().skip(1).map(r -> r.get(0)).toList());
    assertEquals(first.label(), summary.rows().get(0).get(summary.headers().size() - 1));
    cards.put("市城投公司", Scorecard.of(new SoeEvaluationPolicy(), EvaluationGenerators.bureau(unit, Year.of(2010),
        LocalDate.of(2010, 12, 31)), Optional.empty(), List.of(), List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> Scorecard.summary(cards, "2010 年度"));
  }
}
