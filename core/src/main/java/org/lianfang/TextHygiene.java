package org.lianfang;

import java.util.Optional;

/**
 * The one text hygiene rule (issue 10, findings 6 and 7), for every text Lianfang keeps: what characters a text may
 * hold, and what an id may. Public so that hosts and adapters apply the same rule as the commands.
 *
 * <ul>
 *   <li><b>Every text</b> refuses unpaired surrogates (they have no UTF-8 form, so two different texts would be stored
 *       and hashed alike) and control characters (NUL included), except line feed, carriage return and tab in a
 *       text of several lines ({@link #ofText}).
 *   <li><b>Ids</b> (an actor's id) refuse, beside that, every control character, white space of any kind (the
 *       ideographic space U+3000 and no-break spaces included), and format characters — bidirectional controls and
 *       zero-width characters — that make two ids look alike ({@link #ofId}).
 * </ul>
 *
 * <p>Thread-safe; holds no state.
 */
public final class TextHygiene {
  /** The most UTF-16 units an actor's id may have: what every store keeps beside a record (issue 10, finding 6). */
  public static final int MAX_ID_LENGTH = 200;

  private TextHygiene() {}

  /**
   * What is wrong with a text.
   *
   * @param rule a stable code of the rule broken: {@code text.surrogate}, {@code text.control}, {@code id.blank},
   *     {@code id.length}, {@code id.invisible}, {@code code.invisible}, {@code name.invisible}
   * @param messageZh what is wrong, in Chinese
   * @param messageEn what is wrong, in English
   */
  public record Problem(String rule, String messageZh, String messageEn) {}

  /**
   * @param text a text
   * @param multiLine whether it may hold line breaks and tabs (a description), or is one line (a name)
   * @return what is wrong with it, if anything: an unpaired surrogate, a control character or, in one line, a line or
   *     paragraph separator (U+2028, U+2029)
   */
  public static Optional<Problem> ofText(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isSurrogate(ch)) {
        if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of(new Problem("text.surrogate", "含有不成对的代理字符（第 " + (i + 1) + " 个字符）",
            "holds an unpaired surrogate (character " + (i + 1) + ")"));
      }
      boolean lineBreak = ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029';
      if ((Character.isISOControl(ch) || lineBreak) && !(multiLine && (lineBreak || ch == '\t'))) {
        return Optional.of(new Problem("text.control", "含有控制字符 U+" + hex(ch) + "（第 " + (i + 1) + " 个字符）",
            "holds the control character U+" + hex(ch) + " (character " + (i + 1) + ")"));
      }
    }
    return Optional.empty();
  }

  /**
   * @param id an id, such as an actor's
   * @return what is wrong with it, if anything: blank, longer than {@link #MAX_ID_LENGTH}, a character
   *     {@link #ofText} refuses in one line, or white space or a format character anywhere
   */
  public static Optional<Problem> ofId(String id) {
    if (id.isEmpty()) {
      return Optional.of(new Problem("id.blank", "不能为空", "must not be blank"));
    }
    if (id.length() > MAX_ID_LENGTH) {
      return Optional.of(new Problem("id.length", "不能超过 " + MAX_ID_LENGTH + " 个字符（现有 " + id.length() + " 个）",
          "must be at most " + MAX_ID_LENGTH + " characters long (is " + id.length() + ")"));
    }
    Optional<Problem> text = ofText(id, false);
    return text.isPresent() ? text : invisible(id, "id.invisible");
  }

  /**
   * The rule of codes people read — unit, post, power item, process and step codes, staff numbers (issue 10, finding
   * 7): one line, and no white space of any kind (U+3000 and no-break spaces included), bidirectional control or
   * zero-width character anywhere, so that {@code "GT-01\u3000"} or {@code "\u200BGT-01"} cannot stand beside
   * {@code "GT-01"} as another code that looks the same. Length and blankness are the command's own constraints.
   *
   * @param code a code
   * @return what is wrong with it, if anything ({@code code.invisible}, or what {@link #ofText} finds in one line)
   */
  public static Optional<Problem> ofCode(String code) {
    Optional<Problem> text = ofText(code, false);
    return text.isPresent() ? text : invisible(code, "code.invisible");
  }

  /**
   * The rule of names (issue 10, finding 7): one line, and at least one visible character — a name of only white
   * space, zero-width or other format characters names nothing.
   *
   * @param name a name
   * @return what is wrong with it, if anything ({@code name.invisible}, or what {@link #ofText} finds in one line)
   */
  public static Optional<Problem> ofName(String name) {
    Optional<Problem> text = ofText(name, false);
    if (text.isPresent() || name.isEmpty()) {
      return text; // an empty name is the command's NotBlank to refuse
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!blank(cp)) {
        return Optional.empty();
      }
      i += Character.charCount(cp);
    }
    return Optional.of(new Problem("name.invisible", "须含有可见字符（不能只有空白或零宽字符）",
        "must hold a visible character (not only white space or zero-width characters)"));
  }

  private static boolean blank(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
  }

  private static Optional<Problem> invisible(String text, String rule) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (blank(cp)) {
        return Optional.of(new Problem(rule, "不能含有空白、双向控制或零宽字符 U+" + hex(cp) + "（第 "
            + (i + 1) + " 个字符）", "must not hold white space, bidirectional controls or zero-width characters: U+"
            + hex(cp) + " (character " + (i + 1) + ")"));
      }
      i += Character.charCount(cp);
    }
    return Optional.empty();
  }

  private static String hex(int cp) {
    return String.format("%04X", cp);
  }
}
