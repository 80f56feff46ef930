package org.lianfang.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.GradeMatrix;
import org.lianfang.grading.RiskGrade;
import org.lianfang.risk.HeatMap;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The heat map drawn as SVG (issue 15, S-6) is well-formed XML that says what the map says: one cell per probability
 * and harm, each with the map's count and the colour of the grade the matrix gives it, the counts adding up to the
 * map's total, and the title as given, whatever characters it holds; and it fetches nothing and runs nothing.
 */
class HeatMapSvgPropertyTest {
  private static final List<String> TITLES = List.of("市国土资源管理局 2010-12-31", "<script>alert(1)</script>",
      "A & B \"引号\" '单引号'", "😀 风险 ]]> &amp;", "");

  private static Gen<List<Assessment>> assessments() {
    Gen<Assessment> one = SourceDSL.integers().between(1, 5).zip(SourceDSL.integers().between(1, 5),
        (p, h) -> new Assessment(p, h, false, false));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 60);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void s6_eachCellShowsTheMapsCountInItsGradesColourAndTheTitleReadsAsGiven() {
    List<GradeMatrix> matrices = List.of(GradeMatrix.standard(), GradeMatrix.byProduct(9, 4));
    qt().withExamples(120).forAll(assessments(), Generate.pick(TITLES), Generate.pick(matrices))
        .checkAssert((points, title, matrix) -> {
          HeatMap map = HeatMap.of(points);
          HeatMapSvg drawer = HeatMapSvg.of(matrix, GradeLabels.SEED);
          String svg = drawer.draw(map, title);
          Document d;
          try {
            d = parse(svg);
          } catch (Exception e) {
            throw new AssertionError("not well-formed: " + svg, e);
          }
          Element root = d.getDocumentElement();
          assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
          assertEquals(title + "（共 " + points.size() + " 个风险点）",
              ((Element) root.getElementsByTagName("title").item(0)).getTextContent());
          NodeList rects = root.getElementsByTagName("rect");
          int cells = 0;
          int sum = 0;
          for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (!r.hasAttribute("data-probability")) {
              continue;
            }
            int p = Integer.parseInt(r.getAttribute("data-probability"));
            int h = Integer.parseInt(r.getAttribute("data-harm"));
            int n = Integer.parseInt(r.getAttribute("data-count"));
            long expected = points.stream().filter(a -> a.probability() == p && a.harm() == h).count();
            assertEquals(expected, n, "cell " + p + " × " + h);
            assertEquals(matrix.at(p, h).code(), r.getAttribute("data-grade"));
            assertEquals(drawer.colour(matrix.at(p, h)), r.getAttribute("fill"));
            cells++;
            sum += n;
          }
          assertEquals(25, cells);
          assertEquals(points.size(), sum);
          assertEquals(0, root.getElementsByTagName("script").getLength(), "nothing runs");
          assertFalse(svg.contains("href"), "nothing is fetched");
        });
  }

  @Test
  void aHostsColoursAreUsedAndAColourNotOfTheFormRrggbbIsRefused() {
    Map<RiskGrade, String> mine = Map.of(RiskGrade.HIGHER, "#800000", RiskGrade.GENERAL, "#808000",
        RiskGrade.LOWER, "#008000");
    HeatMapSvg drawer = HeatMapSvg.of(GradeMatrix.standard(), GradeLabels.LEVELS).withColours(mine);
    String svg = drawer.draw(HeatMap.of(List.of(new Assessment(5, 5, false, false))), "一级");
    int higher = 0;
    for (int p = 1; p <= 5; p++) {
      for (int h = 1; h <= 5; h++) {
        higher += GradeMatrix.standard().at(p, h) == RiskGrade.HIGHER ? 1 : 0;
      }
    }
    assertEquals(higher + 1, svg.split("#800000", -1).length - 1, "each 一级 cell and the legend");
    assertFalse(svg.contains(HeatMapSvg.STANDARD_COLOURS.get(RiskGrade.HIGHER)), "no standard colour left");
    assertThrows(IllegalArgumentException.class, () -> drawer.withColours(Map.of(RiskGrade.HIGHER, "red",
        RiskGrade.GENERAL, "#808000", RiskGrade.LOWER, "#008000")));
    assertThrows(IllegalArgumentException.class, () -> drawer.withColours(Map.of(RiskGrade.HIGHER, "#800000")));
  }

  @Test
  void escapedTextReadsBackAsItWasAndCharactersXmlForbidsBecomeTheReplacementCharacter() throws Exception {
    String text = "<&>\"' 风险 😀 \u0001";
    Document d = parse("<t a=\"" + Svg.escape(text) + "\">" + Svg.escape(text) + "</t>");
    String expected = "<&>\"' 风险 😀 \uFFFD";
    assertEquals(expected, d.getDocumentElement().getTextContent());
    assertEquals(expected, d.getDocumentElement().getAttribute("a"));
  }
}
