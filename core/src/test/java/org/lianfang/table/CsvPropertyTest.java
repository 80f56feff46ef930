package org.lianfang.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A table's CSV for Excel (issue 15) reads back, through a CSV library, as the table itself: the header row first,
 * then every row, every cell whole, whatever it holds (Chinese, quotes, commas, line breaks, long text), but for a
 * cell that would start a formula in a spreadsheet, which reads back with an apostrophe before it.
 */
class CsvPropertyTest {
  /** The pieces cells are made of: what CSV must quote, what a spreadsheet would evaluate, and Chinese text. */
  private static final List<String> PIECES = List.of("审批吃拿卡要", "廉政风险", ",", "\"", "\r\n", "\n", "\r", "=",
      "+", "-", "@", "\t", "=SUM(A1:A9)", "-1", "@cmd", " ", "'", "；", "“引号”", "😀", "a", "0", "");

  private static Gen<String> cells() {
    Gen<String> piece = Generate.pick(PIECES);
    return SourceDSL.lists().of(piece).ofSizeBetween(0, 6).map(ps -> String.join("", ps));
  }

  private static Gen<Table> tables() {
    return SourceDSL.integers().between(1, 5).flatMap(columns -> SourceDSL.lists()
        .of(SourceDSL.lists().of(cells()).ofSize(columns)).ofSizeBetween(0, 6)
        .zip(SourceDSL.lists().of(cells()).ofSize(columns), (rows, headers) -> new Table("表", headers, rows)));
  }

  /** What a spreadsheet reads a cell as: with an apostrophe before it if it begins as a formula would. */
  private static String shown(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static List<List<String>> parse(String csv) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        out.add(r.toList());
      }
    }
    return out;
  }

  @Test
  void aTablesCsvReadsBackAsTheTableItsFormulasNeutralised() {
    qt().withExamples(300).forAll(tables()).checkAssert(t -> {
      String csv = Csv.excel(t);
      assertTrue(csv.startsWith("\uFEFF"), "UTF-8 with a byte-order mark");
      List<List<String>> expected = new ArrayList<>();
      expected.add(t.headers().stream().map(CsvPropertyTest::shown).toList());
      t.rows().forEach(r -> expected.add(r.stream().map(CsvPropertyTest::shown).toList()));
      try {
        assertEquals(expected, parse(csv.substring(1)));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(csv, new String(Csv.excelBytes(t), StandardCharsets.UTF_8), "the bytes are the text in UTF-8");
    });
  }

  @Test
  void everyLineEndsWithCrLfAndOnlyAQuotedFieldHoldsALineBreak() {
    Table t = new Table("表", List.of("序号", "风险点"), List.of(List.of("1", "审批\n吃拿卡要"), List.of("2", "挪用公款")));
    String csv = Csv.excel(t);
    assertEquals("\uFEFF序号,风险点\r\n1,\"审批\n吃拿卡要\"\r\n2,挪用公款\r\n", csv);
    assertFalse(Csv.excel(new Table("表", List.of("a"), List.of(List.of("b")))).replace("\r\n", "").contains("\n"));
  }

  @Test
  void aLongChineseCellIsWrittenWhole() throws IOException {
    String longCell = "利用职务便利收受管理服务对象礼金、有价证券、支付凭证".repeat(200);
    List<List<String>> back = parse(Csv.excel(new Table("表", List.of("风险点"), List.of(List.of(longCell))))
        .substring(1));
    assertEquals(List.of(List.of("风险点"), List.of(longCell)), back);
  }
}
