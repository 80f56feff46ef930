package org.lianfang.examples.city;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How the generated city's Chinese text is made: the rare characters it carries, Chinese numerals, picking from a
 * list and expanding templates. The text itself is kept by kind: {@link UnitNames} (districts, bodies, sections,
 * titles), {@link PersonNames}, {@link PostTexts} (staff posts and power items) and {@link RiskTexts}.
 *
 * <p>Templates may hold choices {@code {a|b|c}} and the fields {@code {p}} (the post's name) and {@code {w}} (the
 * power item's name). Some text carries characters outside the Basic Multilingual Plane (𠮷) and ASCII quotes on
 * purpose, so that adapters meet them.
 */
final class Texts {
  private Texts() {}

  /** 𠮷 (U+20BB7) and other CJK Extension B characters people really have in their names. */
  static final List<String> RARE = List.of(
      new String(Character.toChars(0x20BB7)), new String(Character.toChars(0x2123C)),
      new String(Character.toChars(0x28695)), new String(Character.toChars(0x2A6A5)),
      new String(Character.toChars(0x201D4)));

  static final String JI = RARE.get(0);

  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** @param n 1…99 @return the number in Chinese numerals, as articles of a law are numbered */
  static String chineseNumber(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
  }

  /** @return an element of the list, drawn with the given stream */
  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** Expands {@code {a|b}} choices and the {@code {p}} and {@code {w}} fields. */
  static String expand(SplittableRandom r, String template, String post, String power) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int end = template.indexOf('}', i);
      String body = template.substring(i + 1, end);
      if (body.equals("p")) {
        out.append(post);
      } else if (body.equals("w")) {
        out.append(power);
      } else {
        String[] choices = body.split("\\|", -1);
        out.append(choices[r.nextInt(choices.length)]);
      }
      i = end + 1;
    }
    return out.toString();
  }
}
