package org.lianfang.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.monitoring.Funnel;
import org.lianfang.testing.Generators;
import org.quicktheories.generators.SourceDSL;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A funnel drawn as SVG (issue 15) is well-formed XML with a bar per stage and one for the overdue, each carrying its
 * count, the bars never wider down the funnel, and the title and stage names read back as given, whatever they hold.
 */
class FunnelSvgPropertyTest {
  @Test
  void eachStageIsABarOfItsCountNeverWiderDownTheFunnelAndItsTextReadsBack() {
    qt().withExamples(100).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 500)).ofSizeBetween(1, 6),
        Generators.text(), Generators.text(), SourceDSL.integers().between(0, 100)).checkAssert((counts, title, name,
            overduePercent) -> {
          List<Integer> sorted = new ArrayList<>(counts);
          sorted.sort(Comparator.reverseOrder());
          List<Funnel.Stage> stages = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            stages.add(new Funnel.Stage(name + i, sorted.get(i)));
          }
          int overdue = sorted.get(0) * overduePercent / 100;
          Funnel funnel = new Funnel(title, LocalDate.of(2011, 1, 10), stages, overdue);
          Element root = FlowChartSvgPropertyTest.parse(FunnelSvg.draw(funnel)).getDocumentElement();
          assertEquals(FlowChartSvgPropertyTest.parse("<t>" + Svg.escape(title + "（截至 2011-01-10）") + "</t>")
              .getDocumentElement().getTextContent(), root.getElementsByTagName("title").item(0).getTextContent());
          NodeList rects = root.getElementsByTagName("rect");
          assertEquals(stages.size() + 1, rects.getLength(), "a bar per stage and the overdue");
          int previous = Integer.MAX_VALUE;
          for (int i = 0; i < stages.size(); i++) {
            Element bar = (Element) rects.item(i);
            assertEquals(stages.get(i).count(), Integer.parseInt(bar.getAttribute("data-count")));
            int width = Integer.parseInt(bar.getAttribute("width"));
            assertTrue(width <= previous, "never wider down the funnel");
            previous = width;
          }
          assertEquals(overdue, Integer.parseInt(((Element) rects.item(stages.size())).getAttribute("data-count")));
        });
  }
}
