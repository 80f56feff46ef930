package org.lianfang.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.GradeMatrix;
import org.lianfang.grading.RiskGrade;
import org.lianfang.risk.HeatMap;

/**
 * A heat map (probability × harm, S-6) drawn as SVG (issue 15): a 5 × 5 grid, probability 5 at the top and harm 1 to
 * 5 left to right as the text map has it, each cell coloured by the grade a {@link GradeMatrix} gives it and showing
 * how many points sit there, with the axes, a legend of the grades in the labels in use, and a title. Each cell is a
 * {@code rect} with {@code data-probability}, {@code data-harm}, {@code data-grade} and {@code data-count}, and a
 * tooltip ({@code title}) that says the same in words, so a page's script or style can use them and a reader of a
 * page without either still reads the figures. Immutable and thread-safe.
 */
public final class HeatMapSvg {
  /**
   * The grade colours by default [G]: 较高 red, 一般 amber, 较低 green, as the traffic-light colours Chinese risk
   * tables use; no source fixes them, so a host may give its own.
   */
  public static final Map<RiskGrade, String> STANDARD_COLOURS = Map.of(RiskGrade.HIGHER, "#d9534f", RiskGrade.GENERAL,
      "#f0ad4e", RiskGrade.LOWER, "#5cb85c");
  private static final int CELL = 64;
  private static final int LEFT = 72;
  private static final int TOP = 40;

  private final GradeMatrix grades;
  private final GradeLabels labels;
  private final Map<RiskGrade, String> colours;

  private HeatMapSvg(GradeMatrix grades, GradeLabels labels, Map<RiskGrade, String> colours) {
    this.grades = Objects.requireNonNull(grades, "grades");
    this.labels = Objects.requireNonNull(labels, "labels");
    this.colours = checked(colours);
  }

  /** A colour for every grade, each as #rrggbb, or an {@link IllegalArgumentException}; the drawers share it. */
  static Map<RiskGrade, String> checked(Map<RiskGrade, String> colours) {
    Map<RiskGrade, String> all = new EnumMap<>(RiskGrade.class);
    for (RiskGrade g : RiskGrade.values()) {
      String colour = colours.get(g);
      if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
        throw new IllegalArgumentException("the colour of " + g + " must be #rrggbb, got " + colour);
      }
      all.put(g, colour);
    }
    return all;
  }

  /**
   * @param grades the grade of each cell
   * @param labels the labels of the grades
   * @return a drawer in the standard colours
   */
  public static HeatMapSvg of(GradeMatrix grades, GradeLabels labels) {
    return new HeatMapSvg(grades, labels, STANDARD_COLOURS);
  }

  /**
   * @param colours a colour for each grade, each as {@code #rrggbb}
   * @return the same drawer in those colours
   * @throws IllegalArgumentException if a grade has no colour, or not one of that form
   */
  public HeatMapSvg withColours(Map<RiskGrade, String> colours) {
    return new HeatMapSvg(grades, labels, colours);
  }

  /**
   * @param grade a grade
   * @return the colour its cells are drawn in
   */
  public String colour(RiskGrade grade) {
    return colours.get(grade);
  }

  /**
   * @param map the heat map
   * @param title what it shows, e.g. the unit and the day
   * @return the SVG element, standalone ({@code xmlns} given), sized in pixels
   */
  public String draw(HeatMap map, String title) {
    int size = Assessment.MAX * CELL;
    int width = LEFT + size + 150;
    int height = TOP + size + 48;
    StringBuilder s = new StringBuilder();
    Svg.open(s, width, height, title + "（共 " + map.total() + " 个风险点）");
    text(s, LEFT, 24, "start", title);
    for (int p = Assessment.MAX; p >= 1; p--) {
      int y = TOP + (Assessment.MAX - p) * CELL;
      text(s, LEFT - 12, y + CELL / 2 + 5, "end", Integer.toString(p));
      for (int h = 1; h <= Assessment.MAX; h++) {
        int x = LEFT + (h - 1) * CELL;
        RiskGrade g = grades.at(p, h);
        int n = map.count(p, h);
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
            .append("\" height=\"").append(CELL).append("\" fill=\"").append(colours.get(g))
            .append("\" stroke=\"#ffffff\" stroke-width=\"2\" data-probability=\"").append(p)
            .append("\" data-harm=\"").append(h).append("\" data-grade=\"").append(g.code())
            .append("\" data-count=\"").append(n).append("\"><title>")
            .append(Svg.escape("机率 " + p + " × 危害 " + h + "：" + labels.label(g) + "，" + n + " 个风险点"))
            .append("</title></rect>");
        text(s, x + CELL / 2, y + CELL / 2 + 6, "middle", n == 0 ? "" : Integer.toString(n));
      }
    }
    for (int h = 1; h <= Assessment.MAX; h++) {
      text(s, LEFT + (h - 1) * CELL + CELL / 2, TOP + size + 18, "middle", Integer.toString(h));
    }
    text(s, LEFT + size / 2, TOP + size + 40, "middle", "危害程度");
    int middle = TOP + size / 2;
    s.append("<text x=\"16\" y=\"").append(middle).append("\" text-anchor=\"middle\" transform=\"rotate(-90 16 ")
        .append(middle).append(")\">").append(Svg.escape("发生机率")).append("</text>");
    int k = 0;
    for (RiskGrade g : new RiskGrade[] {RiskGrade.HIGHER, RiskGrade.GENERAL, RiskGrade.LOWER}) {
      int y = TOP + k++ * 28;
      s.append("<rect x=\"").append(LEFT + size + 20).append("\" y=\"").append(y)
          .append("\" width=\"18\" height=\"18\" fill=\"").append(colours.get(g)).append("\"/>");
      text(s, LEFT + size + 46, y + 14, "start", labels.label(g));
    }
    return s.append("</svg>").toString();
  }

  private static void text(StringBuilder s, int x, int y, String anchor, String text) {
    if (text.isEmpty()) {
      return;
    }
    s.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
        .append("\">").append(Svg.escape(text)).append("</text>");
  }
}
