package org.lianfang.checks;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * One half of a year (上半年, 下半年), the period a unit's self-check reports on (P-12, P-23). Written {@code 2010-H2}.
 * Immutable and thread-safe.
 *
 * @param year the year
 * @param half 1 (January to June) or 2 (July to December)
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear>, Archivable {
  /** @throws IllegalArgumentException if the half is not 1 or 2, or the year is outside 1900 to 9999 */
  public HalfYear {
    if (half < 1 || half > 2 || year < 1900 || year > 9999) {
      throw new IllegalArgumentException("a half year is 1 or 2 of a year from 1900 to 9999: " + year + "-H" + half);
    }
  }

  /** @param day a day @return the half it falls in */
  public static HalfYear of(LocalDate day) {
    return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
  }

  /**
   * @param text {@code 2010-H2}
   * @return the half it names
   * @throws IllegalArgumentException if it names none
   */
  public static HalfYear parse(String text) {
    if (text == null || !text.matches("\\d{4}-H[12]")) {
      throw new IllegalArgumentException("a half year is written like 2010-H2: " + text);
    }
    return new HalfYear(Integer.parseInt(text.substring(0, 4)), text.charAt(6) - '0');
  }

  /** @return its first day */
  public LocalDate first() {
    return LocalDate.of(year, half == 1 ? Month.JANUARY : Month.JULY, 1);
  }

  /** @return its last day */
  public LocalDate last() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  /** @param month a month @return whether it lies in this half */
  public boolean contains(YearMonth month) {
    return !month.atDay(1).isBefore(first()) && !month.atEndOfMonth().isAfter(last());
  }

  /** @param day a day @return whether it lies in this half */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first()) && !day.isAfter(last());
  }

  /** @return the half after it */
  public HalfYear next() {
    return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
  }

  @Override
  public int compareTo(HalfYear o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("year", year).put("half", half).build();
  }

  @Override
  public String toString() {
    return year + "-H" + half;
  }
}
