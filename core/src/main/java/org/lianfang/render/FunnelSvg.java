package org.lianfang.render;

import java.util.List;
import java.util.Objects;
import org.lianfang.monitoring.Funnel;

/**
 * A {@link Funnel} drawn as SVG (issue 15): one centred bar per stage, its width the stage's share of the first, with
 * its name and count, and the overdue as a red bar below. Each bar is a {@code rect} with {@code data-stage} and
 * {@code data-count}. Stateless.
 */
public final class FunnelSvg {
  private static final int WIDTH = 560;
  private static final int BAR = 30;
  private static final int GAP = 8;
  private static final int TOP = 40;
  private static final int LABEL = 90;
  private static final String STAGE_COLOUR = "#4a7ebb";
  private static final String OVERDUE_COLOUR = "#d9534f";

  private FunnelSvg() {}

  /**
   * @param funnel the funnel
   * @return the SVG element, standalone ({@code xmlns} given), sized in pixels; titled with the funnel's title
   */
  public static String draw(Funnel funnel) {
    List<Funnel.Stage> stages = funnel.stages();
    int all = stages.get(0).count();
    int room = WIDTH - 2 * LABEL;
    int height = TOP + (stages.size() + 1) * (BAR + GAP) + 16;
    StringBuilder s = new StringBuilder();
    String title = funnel.title() + "（截至 " + funnel.asOf() + "）";
    Svg.open(s, WIDTH, height, title);
    s.append("<text x=\"8\" y=\"24\" font-weight=\"bold\">").append(Svg.escape(title)).append("</text>");
    int y = TOP;
    for (Funnel.Stage stage : stages) {
      bar(s, y, width(stage.count(), all, room), STAGE_COLOUR, stage.name(), stage.count());
      y += BAR + GAP;
    }
    bar(s, y, width(funnel.overdue(), all, room), OVERDUE_COLOUR, "其中逾期", funnel.overdue());
    return s.append("</svg>").toString();
  }

  private static int width(int count, int all, int room) {
    return all == 0 ? 0 : Math.max(count == 0 ? 0 : 2, (int) Math.round((double) room * count / all));
  }

  private static void bar(StringBuilder s, int y, int width, String colour, String name, int count) {
    Objects.requireNonNull(name, "name");
    int x = (WIDTH - width) / 2;
    s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR / 2 + 5)
        .append("\" text-anchor=\"end\">").append(Svg.escape(name)).append("</text>");
    s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
        .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\" data-stage=\"")
        .append(Svg.escape(name)).append("\" data-count=\"").append(count).append("\"><title>")
        .append(Svg.escape(name + "：" + count)).append("</title></rect>");
    s.append("<text x=\"").append(WIDTH - LABEL + 8).append("\" y=\"").append(y + BAR / 2 + 5).append("\">")
        .append(count).append("</text>");
  }
}
