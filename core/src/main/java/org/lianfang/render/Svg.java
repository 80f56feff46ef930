package org.lianfang.render;

/**
 * Text made safe for SVG and HTML, in an element's content and in a quoted attribute; and the start every drawer of
 * this package gives its drawing. Stateless.
 */
public final class Svg {
  private Svg() {}

  /**
   * Begins a standalone SVG drawing, as every drawer of this package does: the {@code svg} element with its namespace,
   * its size in pixels and a view box of the same, the role of an image, the font, and its title for tooltips and
   * screen readers.
   *
   * @param out where the drawing goes
   * @param width its width
   * @param height its height
   * @param title its title, as text
   * @return {@code out}
   */
  static StringBuilder open(StringBuilder out, int width, int height, String title) {
    return out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"14\"><title>").append(escape(title))
        .append("</title>");
  }

  /**
   * @param text any text
   * @return it with {@code &}, {@code <}, {@code >}, {@code "} and {@code '} written as character references, and any
   *     character XML 1.0 does not allow (a control character but tab, LF and CR; an unpaired surrogate) as U+FFFD
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
