package org.lianfang.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text tables for consoles and logs, aligned by display width: CJK and full-width characters count two columns,
 * so Chinese and ASCII cells line up. Cells longer than the column limit are cut with {@code …}. Not thread-safe.
 */
public final class TextTable {
  private final List<String> headers;
  private final int maxWidth;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param maxWidth the widest a column may be, in display columns
   * @param headers the column headers
   */
  public TextTable(int maxWidth, List<String> headers) {
    this.maxWidth = maxWidth;
    this.headers = List.copyOf(headers);
  }

  /** @param cells one row, as many cells as headers */
  public void add(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size());
    }
    rows.add(cells.stream().map(c -> cut(flat(c))).toList());
  }

  /** @return the table, one line per row, with a header and a rule */
  public String render() {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(headers.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, w);
    for (int i = 0; i < w.length; i++) {
      out.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
    }
    out.append('\n');
    rows.forEach(r -> line(out, r, w));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] w) {
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      out.append(i == 0 ? "" : " | ").append(c);
      if (i < w.length - 1) {
        out.append(" ".repeat(w[i] - width(c)));
      }
    }
    out.append('\n');
  }

  private static String flat(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  private String cut(String s) {
    if (width(s) <= maxWidth) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = columns(cp);
      if (used + cw > maxWidth - 1) {
        break;
      }
      b.appendCodePoint(cp);
      used += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  /** @param s text @return its width in display columns */
  public static int width(String s) {
    return s.codePoints().map(TextTable::columns).sum();
  }

  private static int columns(int cp) {
    if (cp < 0x1100) {
      return Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;
    }
    boolean wide = (cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
