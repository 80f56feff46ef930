package org.lianfang;

/**
 * Field length limits shared by the commands of every area and by the adapters that check the same fields, in
 * characters (UTF-16 code units, as Jakarta's {@code Size}). Part of the shared kernel, so that the application's area
 * packages need not depend on one another or on the entry point for them.
 */
public final class Limits {
  /** Codes people read: unit, post, power item, process and step codes, staff numbers. */
  public static final int CODE = 64;
  /** Names. */
  public static final int NAME = 200;
  /** Long text: descriptions, legal bases, boundaries, comments, notes. */
  public static final int TEXT = 4000;
  /** The most posts, sources, steps or flows in one command. */
  public static final int ITEMS = 500;
  /**
   * Codes people read neither start nor end with blank space: some databases' collations ignore trailing spaces, so
   * {@code "GT-01"} and {@code "GT-01 "} would be one code there and two elsewhere.
   */
  public static final String TRIMMED = "\\s*|\\S(.*\\S)?";
  /** The message for {@link #TRIMMED}, in Chinese and English. */
  public static final String TRIMMED_MESSAGE = "编码不能以空白开头或结尾 / a code must not start or end with blank space";

  /**
   * Text with a visible character (Unicode white space, 全角空格 too, is not one), for an optional text that must not
   * be blank when given: {@code @NotBlank} on an {@code Optional}'s element would refuse the empty optional too
   * (Hibernate Validator unwraps it to null).
   */
  public static final String NOT_BLANK = "(?sU).*\\S.*";
  /** The message for {@link #NOT_BLANK}, in Chinese and English. */
  public static final String NOT_BLANK_MESSAGE = "不能只有空白 / must not be blank";

  /** The first day any date may be (issue 10, finding 8): every store keeps it, every ledger writes it in four digits. */
  public static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(1900, 1, 1);
  /** The last day any date may be: a year of four digits, as ISO-8601 writes it without a sign. */
  public static final java.time.LocalDate LAST_DAY = java.time.LocalDate.of(9999, 12, 31);
  /** The most significant digits of a number (a custom field's), and the most digits after or before its point. */
  public static final int NUMBER_DIGITS = 38;

  private Limits() {}
}
