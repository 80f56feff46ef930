package org.lianfang.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianfang.grading.RiskGrade;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessChart;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.lianfang.process.StepRisk;

/**
 * A business flow chart drawn as SVG with its steps' risk points and grades (P-2, 行政职权廉政风险防控图; issue 15), from
 * the chart model ({@link ProcessChart}), with no script and nothing fetched. The steps stand in rows from the top:
 * a step's row is one below the lowest row of the steps that flow into it, steps of a row side by side; a flow to
 * the next row is a curve through the gap between the rows, any other (back to an earlier step, or past a row) runs
 * in a channel of its own on the right, reached and left through the gaps between rows, so no line passes under a
 * box. Each step is a box with its name, its post and one line per risk point with its grade in the labels of the
 * chart, a stale grade marked as Form 2 marks it (P-3); the box is edged in the colour of its highest grade (grey with
 * none) and each point has a dot of its grade's colour. Long text wraps within the box, and a line break in the text
 * breaks the line. Each box is a {@code g} with {@code data-step}
 * (the step's code) and {@code data-grade} (its highest grade's code, or {@code none}). Immutable and thread-safe.
 */
public final class FlowChartSvg {
  private static final int BOX = 280;
  private static final int GAP_X = 48;
  private static final int GAP_Y = 44;
  private static final int MARGIN = 24;
  private static final int LINE = 19;
  private static final int PAD = 10;
  private static final int TITLE = 40;
  private static final int CHANNEL = 14;
  private static final String NONE = "#9e9e9e";

  private final Map<RiskGrade, String> colours;

  private FlowChartSvg(Map<RiskGrade, String> colours) {
    this.colours = HeatMapSvg.checked(colours);
  }

  /** @return a drawer in the heat map's standard colours ({@link HeatMapSvg#STANDARD_COLOURS}) */
  public static FlowChartSvg standard() {
    return new FlowChartSvg(HeatMapSvg.STANDARD_COLOURS);
  }

  /**
   * @param colours a colour for each grade, each as {@code #rrggbb}
   * @return the same drawer in those colours
   * @throws IllegalArgumentException if a grade has no colour, or not one of that form
   */
  public FlowChartSvg withColours(Map<RiskGrade, String> colours) {
    return new FlowChartSvg(colours);
  }

  /**
   * @param chart the chart
   * @param title what it shows, e.g. the unit and the process
   * @return the SVG element, standalone ({@code xmlns} given), sized in pixels
   * @throws IllegalArgumentException if a flow names a step the process lacks
   */
  public String draw(ProcessChart chart, String title) {
    Objects.requireNonNull(title, "title");
    List<ProcessStep> steps = chart.process().steps();
    Set<StepId> known = new HashSet<>();
    steps.forEach(s -> known.add(s.id()));
    for (Flow f : chart.process().flows()) {
      if (!known.contains(f.from()) || !known.contains(f.to())) {
        throw new IllegalArgumentException("a flow names a step the process lacks: " + f);
      }
    }
    Map<StepId, Integer> row = rows(steps, chart.process().flows());
    int rows = row.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    List<List<ProcessStep>> byRow = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      byRow.add(new ArrayList<>());
    }
    for (ProcessStep s : steps) {
      byRow.get(row.get(s.id())).add(s);
    }
    Map<StepId, List<Line>> text = new HashMap<>();
    for (ProcessStep s : steps) {
      text.put(s.id(), lines(chart, s));
    }
    // a flow to the next row is a curve through the gap between them; any other runs in a channel of its own on the
    // right, reached and left through the gaps between rows, so no line passes under a box
    List<Flow> around = chart.process().flows().stream().filter(f -> row.get(f.to()) != row.get(f.from()) + 1)
        .toList();
    int widest = byRow.stream().mapToInt(List::size).max().orElse(0);
    int content = 2 * MARGIN + Math.max(1, widest) * BOX + Math.max(0, widest - 1) * GAP_X;
    int width = content + (around.isEmpty() ? 0 : CHANNEL * around.size() + MARGIN);
    Map<StepId, int[]> boxes = new HashMap<>();
    int[] top = new int[rows];
    int[] bottom = new int[rows];
    int y = TITLE + MARGIN;
    for (int r = 0; r < rows; r++) {
      List<ProcessStep> inRow = byRow.get(r);
      int height = inRow.stream().mapToInt(s -> boxHeight(text.get(s.id()))).max().orElse(0);
      int rowWidth = inRow.size() * BOX + (inRow.size() - 1) * GAP_X;
      int x = (content - rowWidth) / 2;
      for (ProcessStep s : inRow) {
        boxes.put(s.id(), new int[] {x, y, boxHeight(text.get(s.id()))});
        x += BOX + GAP_X;
      }
      top[r] = y;
      bottom[r] = y + height;
      y += height + GAP_Y;
    }
    int height = y + MARGIN;
    StringBuilder out = new StringBuilder();
    Svg.open(out, width, height, title);
    String arrow = "lf-arrow-" + chart.process().id().value();
    out.append("<defs><marker id=\"").append(arrow).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
        + "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555555\"/>"
        + "</marker></defs>");
    out.append("<text x=\"").append(MARGIN).append("\" y=\"26\" font-size=\"16\" font-weight=\"bold\">")
        .append(Svg.escape(title)).append("</text>");
    for (Flow f : chart.process().flows()) {
      int[] from = boxes.get(f.from());
      int[] to = boxes.get(f.to());
      int x1 = from[0] + BOX / 2;
      int x2 = to[0] + BOX / 2;
      int below = bottom[row.get(f.from())];
      String d;
      int k = around.indexOf(f);
      if (k < 0) {
        int mid = below + GAP_Y / 2;
        d = "M" + x1 + "," + (from[1] + from[2]) + " L" + x1 + "," + below + " C" + x1 + "," + mid + " " + x2 + ","
            + mid + " " + x2 + "," + to[1];
      } else {
        int channel = content + CHANNEL * k + CHANNEL / 2;
        int shift = (k % 4) * 4 - 6; // two flows through one gap run on lines of their own
        int out1 = below + GAP_Y / 2 + shift;
        int in2 = top[row.get(f.to())] - GAP_Y / 2 + shift;
        d = "M" + x1 + "," + (from[1] + from[2]) + " L" + x1 + "," + out1 + " L" + channel + "," + out1 + " L"
            + channel + "," + in2 + " L" + x2 + "," + in2 + " L" + x2 + "," + to[1];
      }
      out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1.5\" "
          + "marker-end=\"url(#").append(arrow).append(")\"/>");
    }
    for (ProcessStep s : steps) {
      box(out, chart, s, boxes.get(s.id()), text.get(s.id()));
    }
    return out.append("</svg>").toString();
  }

  /** Each step's row: one below the lowest row of the steps flowing into it, leaving out flows that close a loop. */
  private static Map<StepId, Integer> rows(List<ProcessStep> steps, List<Flow> flows) {
    Map<StepId, Integer> order = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      order.put(steps.get(i).id(), i);
    }
    Map<StepId, Integer> row = new HashMap<>();
    for (ProcessStep s : steps) {
      row.put(s.id(), 0);
    }
    // a flow forward in the steps' order places its target below; steps are few, so relaxing n times is cheap
    for (int pass = 0; pass < steps.size(); pass++) {
      boolean moved = false;
      for (Flow f : flows) {
        if (order.get(f.from()) < order.get(f.to()) && row.get(f.to()) <= row.get(f.from())) {
          row.put(f.to(), row.get(f.from()) + 1);
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    return row;
  }

  private record Line(String text, Optional<RiskGrade> dot, boolean bold) {}

  private static List<Line> lines(ProcessChart chart, ProcessStep s) {
    List<Line> lines = new ArrayList<>();
    for (String part : wrap(s.name())) {
      lines.add(new Line(part, Optional.empty(), true));
    }
    for (String part : wrap(chart.postLine(s))) {
      lines.add(new Line(part, Optional.empty(), false));
    }
    for (StepRisk r : chart.risks(s.id())) {
      List<String> parts = wrap(chart.riskLine(r));
      for (int i = 0; i < parts.size(); i++) {
        lines.add(new Line(parts.get(i), i == 0 ? r.grade() : Optional.empty(), false));
      }
    }
    return lines;
  }

  private static int boxHeight(List<Line> lines) {
    return 2 * PAD + lines.size() * LINE;
  }

  /**
   * Breaks text into lines that fit a box, a CJK character counting as one em, anything else as 0.6; a line break in
   * the text (CR, LF or both) breaks the line there and is not kept.
   */
  static List<String> wrap(String text) {
    double room = (BOX - 2 * PAD - 16) / 14.0;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == '\r' || cp == '\n') {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        i++;
        continue;
      }
      double w = Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
          || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF ? 1.0 : 0.6;
      if (used + w > room && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      line.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private void box(StringBuilder out, ProcessChart chart, ProcessStep s, int[] at, List<Line> lines) {
    Optional<RiskGrade> top = chart.topGrade(s.id());
    String edge = top.map(colours::get).orElse(NONE);
    out.append("<g data-step=\"").append(Svg.escape(s.id().code())).append("\" data-grade=\"")
        .append(top.map(RiskGrade::code).orElse("none")).append("\">");
    out.append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(BOX)
        .append("\" height=\"").append(at[2]).append("\" rx=\"6\" fill=\"#ffffff\" stroke=\"").append(edge)
        .append("\" stroke-width=\"").append(top.isPresent() ? 3 : 1.5).append("\"/>");
    int y = at[1] + PAD + 14;
    for (Line l : lines) {
      int x = at[0] + PAD;
      if (l.dot().isPresent()) {
        out.append("<circle cx=\"").append(x + 5).append("\" cy=\"").append(y - 5).append("\" r=\"5\" fill=\"")
            .append(colours.get(l.dot().get())).append("\"/>");
      }
      out.append("<text x=\"").append(x + (l.bold() ? 0 : 16)).append("\" y=\"").append(y).append('"')
          .append(l.bold() ? " font-weight=\"bold\"" : "").append('>').append(Svg.escape(l.text()))
          .append("</text>");
      y += LINE;
    }
    out.append("</g>");
  }

}
