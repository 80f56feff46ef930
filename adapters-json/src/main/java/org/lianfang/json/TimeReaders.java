package org.lianfang.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The readers of times a ledger document holds (an instant, a day, a month, a span of time), strict about the one form
 * each is written in and fast on it: {@link Codecs}' annotations name them property by property. Stateless.
 */
final class TimeReaders {
  /** What an instant must look like: UTC, {@code Z}, whole milliseconds at most, as stores keep them. */
  static final String INSTANT_RULE = "not an ISO-8601 instant in UTC with at most milliseconds (2010-08-31T01:00:00Z)";

  private static final Pattern INSTANT =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /**
   * @param text an instant as a document gives it
   * @return the instant, or null unless it is ISO-8601 in UTC ({@code Z}) with at most milliseconds: a finer instant
   *     would not survive a store that keeps milliseconds, and its journal hash would no longer verify
   */
  static Instant instant(String text) {
    if (!INSTANT.matcher(text).matches()) {
      return null;
    }
    try {
      return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private TimeReaders() {}

  static final class InstantReader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantReader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      Instant canonical = canonicalInstant(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (canonical != null && canonical.getNano() % 1_000_000 == 0) {
        return canonical;
      }
      String text = p.getText();
      Instant value = instant(text);
      if (value == null) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, INSTANT_RULE);
      }
      return value;
    }
  }

  static final class DurationReader extends StdScalarDeserializer<java.time.Duration> {
    private static final long serialVersionUID = 1L;

    DurationReader() {
      super(java.time.Duration.class);
    }

    @Override
    public java.time.Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (java.time.Duration) ctxt.handleUnexpectedToken(java.time.Duration.class, p);
      }
      String text = p.getText();
      try {
        java.time.Duration d = java.time.Duration.parse(text);
        if (d.toString().equals(text)) {
          return d;
        }
      } catch (java.time.format.DateTimeParseException e) {
        // refused below, by the rule
      }
      return (java.time.Duration) ctxt.handleWeirdStringValue(java.time.Duration.class, text,
          "an ISO-8601 duration as Java writes it, such as PT21H");
    }
  }

  /** Reads a year as its number, 1900 to 9999 (the years of the days commands take), and nothing else. */
  static final class YearReader extends StdScalarDeserializer<java.time.Year> {
    private static final long serialVersionUID = 1L;

    YearReader() {
      super(java.time.Year.class);
    }

    @Override
    public java.time.Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (java.time.Year) ctxt.handleUnexpectedToken(java.time.Year.class, p);
      }
      long n = p.getLongValue();
      if (n < 1900 || n > 9999) {
        return (java.time.Year) ctxt.handleWeirdNumberValue(java.time.Year.class, n, "not a year from 1900 to 9999");
      }
      return java.time.Year.of((int) n);
    }
  }

  /**
   * Reads a month as {@link YearMonth#toString()} writes it for the years 1900 to 9999 (the days commands take,
   * {@link org.lianfang.Limits#FIRST_DAY} on), and nothing else.
   */
  static final class MonthReader extends StdScalarDeserializer<YearMonth> {
    private static final long serialVersionUID = 1L;
    private static final Pattern MONTH = Pattern.compile("(19|[2-9]\\d)\\d{2}-(0[1-9]|1[0-2])");

    MonthReader() {
      super(YearMonth.class);
    }

    @Override
    public YearMonth deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (YearMonth) ctxt.handleUnexpectedToken(YearMonth.class, p);
      }
      String text = p.getText();
      if (!MONTH.matcher(text).matches()) {
        return (YearMonth) ctxt.handleWeirdStringValue(YearMonth.class, text,
            "not an ISO-8601 month (yyyy-mm)");
      }
      return YearMonth.parse(text);
    }
  }

  static final class DayReader extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DayReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      LocalDate canonical = canonicalDay(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (canonical != null) {
        return canonical;
      }
      String text = p.getText();
      if (!DAY.matcher(text).matches()) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 day (yyyy-mm-dd)");
      }
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a day of the calendar");
      }
    }
  }

  private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  /**
   * Reads the form {@link Instant#toString()} writes, {@code 2010-08-31T01:00:00Z} or with 1 to 9 fraction digits,
   * without java.time's general parser: most of a ledger's reading time went to that parser (a context, a field map and
   * a resolver per value). Only text in exactly that form with every field in range is read here, and it reads as
   * {@code ISO_INSTANT} reads it; anything else (offsets, lower case, leap seconds, other years) gives {@code null} and
   * goes to the strict reading ({@link #instant}), which refuses what a store could not keep.
   *
   * @return the instant, or null if the text is not in the canonical form
   */
  static Instant canonicalInstant(char[] c, int off, int len) {
    if (len < 20 || len > 30 || len == 21 || c[off + 4] != '-' || c[off + 7] != '-' || c[off + 10] != 'T'
        || c[off + 13] != ':' || c[off + 16] != ':' || c[off + len - 1] != 'Z') {
      return null;
    }
    int year = digits(c, off, 4);
    int month = digits(c, off + 5, 2);
    int day = digits(c, off + 8, 2);
    int hour = digits(c, off + 11, 2);
    int minute = digits(c, off + 14, 2);
    int second = digits(c, off + 17, 2);
    int nano = 0;
    if (len > 20) {
      int n = len - 21;
      int fraction = c[off + 19] == '.' ? digits(c, off + 20, n) : -1;
      if (fraction < 0) {
        return null;
      }
      nano = fraction * SCALE[n];
    }
    if (year < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || !validDay(year, month, day)) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nano);
  }

  /**
   * Reads the form {@link LocalDate#toString()} writes for years 0000 to 9999, {@code 2010-03-01}, as {@code
   * ISO_LOCAL_DATE} reads it; anything else gives {@code null} and goes to {@code ISO_LOCAL_DATE}.
   *
   * @return the day, or null if the text is not in the canonical form
   */
  static LocalDate canonicalDay(char[] c, int off, int len) {
    if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
      return null;
    }
    int year = digits(c, off, 4);
    int month = digits(c, off + 5, 2);
    int day = digits(c, off + 8, 2);
    return year >= 0 && validDay(year, month, day) ? LocalDate.of(year, month, day) : null;
  }

  private static boolean validDay(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1
        && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
  }

  /** @return the value of {@code n} ASCII digits, or -1 if one is not a digit */
  private static int digits(char[] c, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
