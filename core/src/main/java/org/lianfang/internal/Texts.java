package org.lianfang.internal;

/**
 * Texts Lianfang writes itself (an automatic warning's number and facts, a failed send's error) kept within a limit.
 * Stateless.
 */
public final class Texts {
  private Texts() {}

  /**
   * @param text a text
   * @param max the most UTF-16 units it may have
   * @return the text, cut to {@code max} units if longer, never through a surrogate pair
   */
  public static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
