package org.lianfang.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.lianfang.evaluation.Scorecard;
import org.lianfang.evaluation.StandardEvaluationPolicy;
import org.lianfang.grading.GradeLabels;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskTotals;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.EvaluationGenerators;
import org.lianfang.testing.World;

/**
 * The forms and roll-ups a spreadsheet opens (issue 15, S-13): Form 2, Form 3 and its totals, the risk totals, the
 * monthly checks' roll-up and the evaluation's scorecard each give a table with every column and every cell whole,
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

  @Test
  void s13_form2AndForm3ReadBackWholeWithTheFormulaAsText() throws IOException {
    World w = World.in(InMemoryStore.create());
    RiskPointId formula = w.confirmed(w.aPointOnApprover().described(FORMULA).build());
    w.confirmed(w.aPointOnApprover().described("审批吃拿卡要").build());
    ControlMeasureId m = w.lianfang.control().draft(w.landLeader, ControlScenarios.onlinePublication(w,
        List.of(formula))).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.register(m)).orElseThrow();

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
}
