package org.lianfang.application.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lianfang.Limits;
import org.lianfang.TextHygiene;

/**
 * The value rules of issue 10, findings 6, 7 and 8, with the rule names a refusal gives them: what the commands'
 * validation ({@link InputValidator}) and the ledger import apply to every value they take, written once so that a
 * value refused by a command is refused by an import in the same words and under the same rule. Stateless and
 * thread-safe.
 */
public final class ValueRules {
  /** The rule names of {@link TextHygiene}'s problems as violations name them (an id's keep their own). */
  private static final Map<String, String> RULES = Map.of("text.surrogate", "WellFormedText",
      "text.control", "ControlCharacter", "code.invisible", "InvisibleCharacter", "name.invisible", "VisibleName");

  private ValueRules() {}

  /** What a text is, and so which of {@link TextHygiene}'s rules applies to it. */
  public enum Shape {
    /** free text of several lines ({@link TextHygiene#ofText}) */
    TEXT,
    /** a name: one line with a visible character ({@link TextHygiene#ofName}) */
    NAME,
    /** a code: no white space, bidi control or zero-width character ({@link TextHygiene#ofCode}) */
    CODE,
    /** an actor's id ({@link TextHygiene#ofId}) */
    ID
  }

  /**
   * @param text a text
   * @param shape what it is
   * @return what is wrong with it, under the rule name violations use
   */
  public static Optional<TextHygiene.Problem> text(String text, Shape shape) {
    Optional<TextHygiene.Problem> p = switch (shape) {
      case CODE -> TextHygiene.ofCode(text);
      case NAME -> TextHygiene.ofName(text);
      case TEXT -> TextHygiene.ofText(text, true);
      case ID -> TextHygiene.ofId(text);
    };
    return p.map(x -> new TextHygiene.Problem(RULES.getOrDefault(x.rule(), x.rule()), x.messageZh(), x.messageEn()));
  }

  /** @param text a long text @return a problem if it has more than {@link Limits#TEXT} characters ({@code Size}) */
  public static Optional<TextHygiene.Problem> length(String text) {
    return text.length() <= Limits.TEXT ? Optional.empty() : Optional.of(new TextHygiene.Problem("Size",
        "不能超过 " + Limits.TEXT + " 个字符", "must have at most " + Limits.TEXT + " characters"));
  }

  /**
   * @param seal the seal kept with a sealed identity (a comment's author, a point's raiser; P-11)
   * @return a problem unless it is empty or 128 bits in lower-case hex, as {@code Ids.seal()} draws it ({@code
   *     SealForm}): a seal of another form was not drawn by a store and may not hide anyone
   */
  public static Optional<TextHygiene.Problem> seal(String seal) {
    return seal.isEmpty() || SEAL.matcher(seal).matches() ? Optional.empty()
        : Optional.of(new TextHygiene.Problem("SealForm", "须为空，或 32 位小写十六进制数（128 位随机数）",
            "must be empty or 32 lower-case hex digits (128 random bits)"));
  }

  private static final Pattern SEAL = Pattern.compile("[0-9a-f]{32}");

  /** @param day a day @return a problem if it lies outside {@link Limits#FIRST_DAY} to {@link Limits#LAST_DAY} */
  public static Optional<TextHygiene.Problem> day(LocalDate day) {
    return !day.isBefore(Limits.FIRST_DAY) && !day.isAfter(Limits.LAST_DAY) ? Optional.empty()
        : Optional.of(new TextHygiene.Problem("DayRange", "须在 " + Limits.FIRST_DAY + " 至 " + Limits.LAST_DAY
            + " 之间", "must lie between " + Limits.FIRST_DAY + " and " + Limits.LAST_DAY));
  }

  /** @param n a number @return a problem if it has more than {@link Limits#NUMBER_DIGITS} digits either way */
  public static Optional<TextHygiene.Problem> number(BigDecimal n) {
    return n.precision() <= Limits.NUMBER_DIGITS && Math.abs(n.scale()) <= Limits.NUMBER_DIGITS ? Optional.empty()
        : Optional.of(new TextHygiene.Problem("NumberRange", "至多 " + Limits.NUMBER_DIGITS + " 位有效数字，小数点前后各至多 "
            + Limits.NUMBER_DIGITS + " 位", "must have at most " + Limits.NUMBER_DIGITS
            + " significant digits and at most " + Limits.NUMBER_DIGITS + " digits before or after the point"));
  }
}
