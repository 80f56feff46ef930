package org.lianfang.table;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@link Table} as CSV that Excel opens correctly in Chinese (issue 15): UTF-8 with a byte-order mark (without it
 * Excel reads the bytes in the machine's ANSI code page, GBK on a Chinese Windows, and garbles them), lines ended by
 * CRLF, fields quoted as RFC 4180 quotes them (a field holding a comma, a quote, CR or LF is enclosed in quotes, a
 * quote doubled), and formula injection neutralised: a cell that begins with {@code =}, {@code +}, {@code -}, {@code
 * @}, a tab or a carriage return is written with a leading apostrophe, so that Excel shows it as text instead of
 * evaluating it (OWASP's advice for CSV injection). The header row comes first; the title is not written (a CSV has no
 * place for it; the file's name carries it). Stateless.
 */
public final class Csv {
  /** The byte-order mark that tells Excel the file is UTF-8. */
  public static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  private Csv() {}

  /**
   * @param table a table
   * @return its CSV as text, starting with {@link #BOM}
   */
  public static String excel(Table table) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, table.headers());
    table.rows().forEach(r -> line(out, r));
    return out.toString();
  }

  /**
   * @param table a table
   * @return its CSV ({@link #excel}) as UTF-8 bytes, the file to write
   */
  public static byte[] excelBytes(Table table) {
    return excel(table).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param cell a cell's text
   * @return the field Excel reads back as that text: neutralised if it would start a formula, then quoted if needed
   */
  public static String field(String cell) {
    String text = startsFormula(cell) ? "'" + cell : cell;
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * @param cell a cell's text
   * @return whether a spreadsheet would read it as a formula: it begins with {@code =}, {@code +}, {@code -}, {@code
   *     @}, a tab or a carriage return
   */
  public static boolean startsFormula(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append(CRLF);
  }
}
