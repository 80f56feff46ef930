package org.lianfang.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.lianfang.table.Table;

/**
 * A fragment of HTML (issue 15) that a host can put into its own pages, as the report does: text made safe, a
 * {@link Table} as a {@code table}, a figure around an SVG a drawer of this package made, a disclosure
 * ({@code details}) that opens without script. Text is always escaped ({@link Svg#escape}); markup enters a fragment
 * only through {@link #trusted}, which its caller vouches for. Immutable and thread-safe.
 */
public final class Html {
  private final String markup;

  private Html(String markup) {
    this.markup = markup;
  }

  /** @param text any text @return it escaped, as text in an element */
  public static Html text(String text) {
    return new Html(Svg.escape(text));
  }

  /** @param text any text @return it escaped, as a paragraph */
  public static Html paragraph(String text) {
    return new Html("<p>" + Svg.escape(text) + "</p>");
  }

  /**
   * @param markup markup the caller vouches for: well formed and safe, such as a drawer's SVG ({@link HeatMapSvg},
   *     {@link FlowChartSvg}, {@link FunnelSvg})
   * @return it as a fragment, unchanged
   */
  public static Html trusted(String markup) {
    return new Html(Objects.requireNonNull(markup, "markup"));
  }

  /**
   * @param parts fragments
   * @return them one after another
   */
  public static Html of(Html... parts) {
    return of(List.of(parts));
  }

  /**
   * @param parts fragments
   * @return them one after another
   */
  public static Html of(List<Html> parts) {
    StringBuilder s = new StringBuilder();
    parts.forEach(p -> s.append(p.markup));
    return new Html(s.toString());
  }

  /**
   * @param table a table
   * @return it as an HTML {@code table}: its title the caption, its headers the head, each cell's whole text
   */
  public static Html table(Table table) {
    return table(table, (row, column) -> Optional.empty());
  }

  /**
   * @param table a table
   * @param cellClass the class of a body cell, by its row and column (from 0), if it has one; the page's style gives
   *     classes their look, so a roll-up can colour its cells
   * @return it as an HTML {@code table}: its title the caption, its headers the head, each cell's whole text
   * @throws IllegalArgumentException if a class is not a CSS identifier ({@code [A-Za-z][A-Za-z0-9_-]*})
   */
  public static Html table(Table table, BiFunction<Integer, Integer, Optional<String>> cellClass) {
    StringBuilder s = new StringBuilder("<table><caption>").append(Svg.escape(table.title()))
        .append("</caption><thead><tr>");
    for (String h : table.headers()) {
      s.append("<th scope=\"col\">").append(Svg.escape(h)).append("</th>");
    }
    s.append("</tr></thead><tbody>");
    for (int r = 0; r < table.rows().size(); r++) {
      s.append("<tr>");
      List<String> row = table.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        Optional<String> css = cellClass.apply(r, c);
        s.append("<td");
        if (css.isPresent()) {
          if (!css.get().matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("a cell's class must be a CSS identifier, got " + css.get());
          }
          s.append(" class=\"").append(css.get()).append('"');
        }
        s.append('>').append(Svg.escape(row.get(c))).append("</td>");
      }
      s.append("</tr>");
    }
    return new Html(s.append("</tbody></table>").toString());
  }

  /**
   * @param picture what the figure shows, e.g. a drawer's SVG as {@code Html.trusted(drawer.draw(…))}
   * @param caption what it shows, as text
   * @return a {@code figure} holding the picture inline, with the caption
   */
  public static Html figure(Html picture, String caption) {
    return new Html("<figure>" + picture.markup + "<figcaption>" + Svg.escape(caption) + "</figcaption></figure>");
  }

  /**
   * @param summary what the reader clicks to open it
   * @param open whether it starts open
   * @param content what it holds
   * @return a {@code details} element, which a browser opens and closes without script
   */
  public static Html details(String summary, boolean open, Html content) {
    return new Html("<details" + (open ? " open=\"open\"" : "") + "><summary>" + Svg.escape(summary) + "</summary>"
        + content.markup + "</details>");
  }

  /** @return the markup */
  public String markup() {
    return markup;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Html h && markup.equals(h.markup);
  }

  @Override
  public int hashCode() {
    return markup.hashCode();
  }

  @Override
  public String toString() {
    return markup;
  }
}
