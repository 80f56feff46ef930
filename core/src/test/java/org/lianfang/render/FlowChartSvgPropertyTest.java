package org.lianfang.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.PostId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessChart;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.lianfang.process.StepRisk;
import org.lianfang.testing.Generators;
import org.lianfang.testing.ProcessGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A flow chart drawn as SVG (issue 15, P-2) is well-formed XML that shows what the chart model holds: a box per step,
 * marked with its code and its highest grade, holding its name, its post and each risk point with its grade, every
 * character of them kept however the lines wrap (a line break
 * in the text breaks the line); no two boxes overlap and no flow's line passes under a box, whether it branches, skips
 * a row or loops back; an arrow per flow; nothing runs or is fetched.
 */
class FlowChartSvgPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("00000000-0000-0000-0000-000000000215"));

  private static Gen<StepRisk> risks() {
    return Generators.text().zip(SourceDSL.integers().between(0, 6), (text, k) -> switch (k) {
      case 0 -> StepRisk.ungraded(text);
      case 1, 2 -> StepRisk.graded(text, RiskGrade.values()[k - 1]);
      case 3 -> StepRisk.graded(text, RiskGrade.HIGHER);
      default -> StepRisk.staleGrade(text, RiskGrade.values()[k - 4]);
    });
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + xml, e);
    }
  }

  /** The text as an XML reader reads it back once escaped, without its line breaks: what a reader of it sees. */
  private static String readBack(String text) {
    return parse("<t>" + Svg.escape(text.replace("\r", "").replace("\n", "")) + "</t>").getDocumentElement()
        .getTextContent();
  }

  /** The generated chain of steps with more flows: branches, flows past a row, loops back and onto the same step. */
  private static Gen<BusinessProcess> charts() {
    return ProcessGenerators.processes(UNIT).zip(SourceDSL.lists().of(SourceDSL.integers().between(0, 35))
        .ofSizeBetween(0, 6), (chain, extra) -> {
          List<Flow> flows = new ArrayList<>(chain.flows());
          int n = chain.steps().size();
          for (int pair : extra) {
            flows.add(new Flow(chain.steps().get(pair / 6 % n).id(), chain.steps().get(pair % 6 % n).id()));
          }
          return BusinessProcess.restore(chain.id(), UNIT, chain.code(), chain.name(), chain.steps(), flows, 1);
        });
  }

  /** Points along a path's lines and curves (M, L, C with absolute coordinates), every few pixels. */
  private static List<double[]> along(String d) {
    List<double[]> points = new ArrayList<>();
    String[] parts = d.trim().split(" ");
    double[] at = null;
    for (int i = 0; i < parts.length; i++) {
      char c = parts[i].charAt(0);
      double[] p = xy(parts[i].substring(1));
      if (c == 'M') {
        at = p;
      } else if (c == 'L') {
        for (int k = 0; k <= 100; k++) {
          points.add(new double[] {at[0] + (p[0] - at[0]) * k / 100, at[1] + (p[1] - at[1]) * k / 100});
        }
        at = p;
      } else if (c == 'C') {
        double[] c2 = xy(parts[++i]);
        double[] end = xy(parts[++i]);
        for (int k = 0; k <= 100; k++) {
          double t = k / 100.0;
          double u = 1 - t;
          points.add(new double[] {
              u * u * u * at[0] + 3 * u * u * t * p[0] + 3 * u * t * t * c2[0] + t * t * t * end[0],
              u * u * u * at[1] + 3 * u * u * t * p[1] + 3 * u * t * t * c2[1] + t * t * t * end[1]});
        }
        at = end;
      }
    }
    return points;
  }

  private static double[] xy(String pair) {
    String[] v = pair.split(",");
    return new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1])};
  }

  @Test
  void p2_eachStepsBoxShowsItsNameItsPostAndItsPointsWithGradesAndNoLineOrBoxHidesAnother() {
    qt().withExamples(100).forAll(charts(),
        SourceDSL.lists().of(SourceDSL.lists().of(risks()).ofSizeBetween(0, 3)).ofSize(6), Generators.text())
        .checkAssert((process, perStep, post) -> {
          Map<StepId, List<StepRisk>> risks = new HashMap<>();
          for (int i = 0; i < process.steps().size(); i++) {
            risks.put(process.steps().get(i).id(), perStep.get(i));
          }
          ProcessChart chart = ProcessChart.of(process, p -> post, risks, GradeLabels.SEED);
          String svg = FlowChartSvg.standard().draw(chart, "流程 " + process.name());
          Element root = parse(svg).getDocumentElement();
          NodeList groups = root.getElementsByTagName("g");
          assertEquals(process.steps().size(), groups.getLength(), "a box per step");
          List<int[]> boxes = new ArrayList<>();
          for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            ProcessStep step = process.steps().get(i);
            assertEquals(step.id().code(), g.getAttribute("data-step"));
            Optional<RiskGrade> top = perStep.get(i).stream().flatMap(r -> r.grade().stream())
                .max(Comparator.naturalOrder());
            assertEquals(top.map(RiskGrade::code).orElse("none"), g.getAttribute("data-grade"));
            StringBuilder expected = new StringBuilder(step.name()).append("岗位：").append(post);
            for (StepRisk r : perStep.get(i)) {
              expected.append(r.description()).append("（").append(r.grade().map(GradeLabels.SEED::label)
                  .orElse("未定级")).append(r.stale() ? "，" + GradeLabels.STALE_MARK : "").append("）");
            }
            assertEquals(readBack(expected.toString()), g.getTextContent(), "every character, whatever the wrapping");
            Element rect = (Element) g.getElementsByTagName("rect").item(0);
            boxes.add(new int[] {Integer.parseInt(rect.getAttribute("x")), Integer.parseInt(rect.getAttribute("y")),
                Integer.parseInt(rect.getAttribute("width")), Integer.parseInt(rect.getAttribute("height"))});
          }
          for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
              int[] p = boxes.get(a);
              int[] q = boxes.get(b);
              boolean apart = p[0] + p[2] <= q[0] || q[0] + q[2] <= p[0] || p[1] + p[3] <= q[1] || q[1] + q[3] <= p[1];
              assertTrue(apart, "boxes " + a + " and " + b + " overlap");
            }
          }
          int arrows = 0;
          NodeList paths = root.getElementsByTagName("path");
          for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (!path.hasAttribute("marker-end")) {
              continue;
            }
            arrows++;
            for (double[] p : along(path.getAttribute("d"))) {
              for (int[] b : boxes) {
                boolean inside = p[0] > b[0] + 1 && p[0] < b[0] + b[2] - 1 && p[1] > b[1] + 1 && p[1] < b[1] + b[3] - 1;
                assertFalse(inside, "a flow's line passes under a box: " + path.getAttribute("d"));
              }
            }
          }
          assertEquals(process.flows().size(), arrows, "an arrow per flow");
          assertEquals(0, root.getElementsByTagName("script").getLength(), "nothing runs");
          assertFalse(svg.contains("href"), "nothing is fetched");
          assertEquals(1, svg.split("http://", -1).length - 1, "no address but the SVG namespace's");
        });
  }

  @Test
  void aStepStandsBelowTheStepsFlowingIntoItBranchesSideBySideAndTwoChartsKeepTheirArrowsApart() {
    PostId post = new PostId(UUID.fromString("00000000-0000-0000-0000-000000000216"));
    List<ProcessStep> steps = List.of(ProcessStep.of(new StepId("A"), "受理", post), ProcessStep.of(new StepId("B"),
        "审查", post), ProcessStep.of(new StepId("C"), "批准", post), ProcessStep.of(new StepId("D"), "退回补正", post));
    List<Flow> flows = List.of(new Flow(new StepId("A"), new StepId("B")), new Flow(new StepId("B"), new StepId("C")),
        new Flow(new StepId("B"), new StepId("D")), new Flow(new StepId("D"), new StepId("A")));
    Map<String, int[]> at = new HashMap<>();
    List<String> markers = new ArrayList<>();
    for (String id : List.of("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002")) {
      BusinessProcess process = BusinessProcess.restore(new ProcessId(UUID.fromString(id)), UNIT, "LC-01", "审批",
          steps, flows, 1);
      Element root = parse(FlowChartSvg.standard().draw(ProcessChart.of(process, p -> "窗口岗", Map.of(),
          GradeLabels.SEED), "审批")).getDocumentElement();
      NodeList groups = root.getElementsByTagName("g");
      for (int i = 0; i < groups.getLength(); i++) {
        Element rect = (Element) ((Element) groups.item(i)).getElementsByTagName("rect").item(0);
        at.put(((Element) groups.item(i)).getAttribute("data-step"), new int[] {
            Integer.parseInt(rect.getAttribute("x")), Integer.parseInt(rect.getAttribute("y"))});
      }
      markers.add(((Element) root.getElementsByTagName("marker").item(0)).getAttribute("id"));
    }
    assertTrue(at.get("B")[1] > at.get("A")[1], "审查 below 受理");
    assertEquals(at.get("C")[1], at.get("D")[1], "the two branches out of 审查 in one row");
    assertTrue(at.get("C")[1] > at.get("B")[1] && at.get("C")[0] != at.get("D")[0], "below it, side by side");
    assertEquals(2, markers.stream().distinct().count(), "each chart's arrow has an id of its own");
  }
}
