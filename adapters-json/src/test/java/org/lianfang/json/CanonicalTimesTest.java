package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The codecs' own reading of canonical instants and days gives what {@code ISO_INSTANT} and {@code ISO_LOCAL_DATE}
 * give, and leaves every other form to them.
 */
class CanonicalTimesTest {
  private static Instant instant(String text) {
    return TimeReaders.canonicalInstant(text.toCharArray(), 0, text.length());
  }

  private static LocalDate day(String text) {
    return TimeReaders.canonicalDay(text.toCharArray(), 0, text.length());
  }

  @Test
  void canonicalInstantsReadAsIsoInstantReadsThem() {
    Random r = new Random(2010);
    long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      int nano = switch (i % 4) {
        case 0 -> 0;
        case 1 -> r.nextInt(1_000) * 1_000_000;
        case 2 -> r.nextInt(1_000_000) * 1_000;
        default -> r.nextInt(1_000_000_000);
      };
      Instant want = Instant.ofEpochSecond(min + (long) (r.nextDouble() * (max - min)), nano);
      String text = want.toString();
      assertEquals(want, instant(text), text);
      assertEquals(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from), instant(text), text);
    }
    // fractions of any length from 1 to 9 digits, as ISO_INSTANT reads them
    for (String text : List.of("2010-08-31T01:00:00.5Z", "2010-08-31T01:00:00.12Z", "2010-08-31T01:00:00.1234Z",
        "2010-08-31T01:00:00.12345678Z", "2012-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z")) {
      assertEquals(DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from), instant(text), text);
    }
  }

  @Test
  void everyOtherFormIsLeftToIsoInstant() {
    for (String text : List.of("", "2010-08-31T01:00:00", "2010-08-31T09:00:00+08:00", "2010-08-31t01:00:00z",
        "2010-08-31 01:00:00Z", "2010-08-31T01:00:00.Z", "2010-08-31T01:00:00.1234567890Z", "2010-8-31T01:00:00Z",
        "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2010-08-31T24:00:00Z", "2016-12-31T23:59:60Z",
        "2010-08-31T01:60:00Z", "2010-13-01T00:00:00Z", "2010-00-01T00:00:00Z", "2010-02-29T00:00:00Z",
        "2010-04-31T00:00:00Z", "2010-08-00T00:00:00Z", "2010-08-31T01:00:0xZ", "2010-08-31T01:00:00,5Z",
        "２０１０-08-31T01:00:00Z")) {
      assertNull(instant(text), text);
    }
  }

  @Test
  void canonicalDaysReadAsIsoLocalDateReadsThem() {
    Random r = new Random(2010);
    long min = LocalDate.of(0, 1, 1).toEpochDay();
    long max = LocalDate.of(9999, 12, 31).toEpochDay();
    for (int i = 0; i < 200_000; i++) {
      LocalDate want = LocalDate.ofEpochDay(min + (long) (r.nextDouble() * (max - min + 1)));
      String text = want.toString();
      assertEquals(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE), day(text), text);
    }
    for (String text : List.of("", "2010-02-29", "2010-13-01", "2010-00-10", "2010-01-00", "2010-1-01",
        "+10000-01-01", "2010/01/01", "2010-01-01Z", "20x0-01-01")) {
      assertNull(day(text), text);
    }
    assertEquals(LocalDate.of(2012, 2, 29), day("2012-02-29"));
  }

  @Test
  void uuidsReadByHandAreTheUuidsOfTheirText() {
    for (int i = 0; i < 100_000; i++) {
      java.util.UUID u = java.util.UUID.randomUUID();
      char[] text = u.toString().toCharArray();
      org.junit.jupiter.api.Assertions.assertEquals(u, Codecs.UuidReader.uuid(text, 0, text.length));
    }
    for (String bad : java.util.List.of("0190A8F0-0000-7000-8000-000000000001", "0190a8f0-0000-7000-8000-00000000001g",
        "0190a8f000000-7000-8000-000000000001", "AAAAAAAAAAAAAAAAAAAAAA==")) {
      org.junit.jupiter.api.Assertions.assertNull(Codecs.UuidReader.uuid(bad.toCharArray(), 0, bad.length()), bad);
    }
  }
}
