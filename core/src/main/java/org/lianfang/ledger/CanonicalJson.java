package org.lianfang.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lianfang.AggregateId;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.Coded;

/**
 * The archive's canonical JSON (S-13, ARCHITECTURE.md decision 12, {@code docs/journal-format.md}): the JSON
 * Canonicalization Scheme of RFC 8785 — objects with members sorted by the UTF-16 code units of their names, no
 * white space, strings escaped as RFC 8785 says (only {@code "}, {@code \} and the control characters; {@code \b \t
 * \n \f \r} by name, the others as <code>&#92;u00xx</code> in lower-case hex), integers in plain decimal —
 * applied to the values an {@link ArchiveObject} allows. The text is what the journal stores and hashes; any
 * language with an RFC 8785 implementation produces the same bytes from the same JSON. Stateless and thread-safe.
 */
public final class CanonicalJson {
  /** The first second of the year 1000 and of the year 10000, UTC: the years {@link #instant} writes itself. */
  private static final long FOUR_DIGIT_YEARS_FROM = LocalDate.of(1000, 1, 1).toEpochDay() * 86_400;
  private static final long FOUR_DIGIT_YEARS_TO = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400;

  private CanonicalJson() {}

  /**
   * @param value an event or a value it carries
   * @return its canonical JSON text
   * @throws IllegalArgumentException if a string holds an unpaired surrogate, which has no UTF-8 form
   */
  public static String of(Archivable value) {
    StringBuilder out = new StringBuilder(256);
    object(out, value.toArchive().fields());
    return out.toString();
  }

  /**
   * The hashed form of a journal entry: the canonical JSON of the object with the entry's fields under the names the
   * ledger document gives them — {@code actorId}, {@code at}, {@code eventType}, {@code payload} (the event's
   * canonical text, as a JSON string), {@code previousHash}, {@code recordDigest}, {@code recordId}, {@code sequence}
   * and {@code unitId}.
   *
   * @param unitId the unit
   * @param sequence the entry's sequence
   * @param eventType the event's code
   * @param actorId who acted
   * @param at when, to the millisecond
   * @param payload the event's canonical text
   * @param recordId the id of the record the event changed, as text
   * @param recordDigest the digest of the record's state after the change
   * @param previousHash the hash of the entry before
   * @return the text the entry's hash covers
   */
  public static String entry(String unitId, long sequence, String eventType, String actorId, Instant at,
      String payload, String recordId, String recordDigest, String previousHash) {
    EntryBytes bytes = entryBytes(unitId, sequence, eventType, actorId, at, payload, recordId, recordDigest,
        previousHash);
    return new String(bytes.bytes(), 0, bytes.length(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The UTF-8 bytes of {@link #entry}, written in one pass without building the text: what {@link JournalChain}
   * hashes, and the one place the entry's layout is written ({@link #entry} decodes it).
   */
  static EntryBytes entryBytes(String unitId, long sequence, String eventType, String actorId, Instant at,
      String payload, String recordId, String recordDigest, String previousHash) {
    return new EntryBytes(payload.length() + 440)
        .ascii("{\"actorId\":").string(actorId)
        .ascii(",\"at\":").string(instant(at))
        .ascii(",\"eventType\":").string(eventType)
        .ascii(",\"payload\":").string(payload)
        .ascii(",\"previousHash\":").string(previousHash)
        .ascii(",\"recordDigest\":").string(recordDigest)
        .ascii(",\"recordId\":").string(recordId)
        .ascii(",\"sequence\":").number(sequence)
        .ascii(",\"unitId\":").string(unitId)
        .ascii("}");
  }

  /**
   * @param at an instant
   * @return its archive text: UTC, {@code 2010-03-01T08:00:00Z}, with {@code .SSS} when the millisecond is not 0
   */
  public static String instant(Instant at) {
    long seconds = at.getEpochSecond();
    if (seconds < FOUR_DIGIT_YEARS_FROM || seconds >= FOUR_DIGIT_YEARS_TO) {
      return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }
    // what Instant.toString writes for years 1000 to 9999, without its formatter: every entry hashed carries a time
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    int millis = at.getNano() / 1_000_000;
    char[] c = new char[millis == 0 ? 20 : 24];
    digits(c, 0, t.getYear(), 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    if (millis != 0) {
      c[19] = '.';
      digits(c, 20, millis, 3);
    }
    c[c.length - 1] = 'Z';
    return new String(c);
  }

  /** Writes a day as the JSON string of {@link LocalDate#toString()}; for the years 1000 to 9999 without building it. */
  private static void day(StringBuilder out, LocalDate d) {
    int year = d.getYear();
    if (year < 1000 || year > 9999) {
      string(out, d.toString());
      return;
    }
    char[] c = new char[12];
    c[0] = '"';
    digits(c, 1, year, 4);
    c[5] = '-';
    digits(c, 6, d.getMonthValue(), 2);
    c[8] = '-';
    digits(c, 9, d.getDayOfMonth(), 2);
    c[11] = '"';
    out.append(c);
  }

  /** Writes {@code n} in {@code width} decimal digits, with leading zeros, from {@code at}. */
  private static void digits(char[] c, int at, int n, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + n % 10);
      n /= 10;
    }
  }

  private static void value(StringBuilder out, Object v) {
    if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof Coded c) {
      string(out, c.code());
    } else if (v instanceof AggregateId id) {
      string(out, id.value().toString());
    } else if (v instanceof LocalDate d) {
      day(out, d);
    } else if (v instanceof Instant i) {
      string(out, instant(i));
    } else if (v instanceof BigDecimal n) {
      string(out, n.toPlainString());
    } else if (v instanceof Archivable a) {
      object(out, a.toArchive().fields());
    } else if (v instanceof Set<?> set) {
      List<String> texts = new ArrayList<>(set.size());
      for (Object x : set) {
        StringBuilder b = new StringBuilder();
        value(b, x);
        texts.add(b.toString());
      }
      texts.sort(null);
      out.append('[').append(String.join(",", texts)).append(']');
    } else if (v instanceof Collection<?> c) {
      out.append('[');
      boolean first = true;
      for (Object x : c) {
        if (!first) {
          out.append(',');
        }
        first = false;
        value(out, x);
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> m) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      m.forEach((k, x) -> sorted.put((String) k, x));
      object(out, sorted);
    } else {
      throw new IllegalArgumentException("the archive has no form for " + v.getClass().getName());
    }
  }

  /** Members in the order given, which must be sorted by name (a {@link TreeMap}'s order is). */
  private static void object(StringBuilder out, Map<String, Object> sorted) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, e.getKey());
      out.append(':');
      value(out, e.getValue());
    }
    out.append('}');
  }

  /** @return whether RFC 8785 writes the character as it is, and it is no surrogate (whose pair is checked) */
  private static boolean plain(char ch) {
    return ch >= 0x20 && ch != '"' && ch != '\\' && !Character.isSurrogate(ch);
  }

  /**
   * A JSON string as RFC 8785 writes it. The characters written as they are go in runs, not one by one: a journal
   * entry's payload is itself JSON, escaped here whole, and the ledger import hashes every entry it reads.
   */
  private static void string(StringBuilder out, String s) {
    int n = s.length();
    int first = 0;
    while (first < n && plain(s.charAt(first))) {
      first++;
    }
    if (first == n) {
      out.append('"').append(s).append('"'); // nothing to escape, as most texts: appended whole, not char by char
      return;
    }
    out.append('"');
    int run = 0;
    for (int i = first; i < n; i++) {
      char ch = s.charAt(i);
      if (plain(ch)) {
        continue;
      }
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      out.append(s, run, i);
      run = i + 1;
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isSurrogate(ch)) {
            throw new IllegalArgumentException("an unpaired surrogate at index " + i + " has no UTF-8 form");
          }
          out.append("\\u00").append(Character.forDigit(ch >> 4, 16)).append(Character.forDigit(ch & 0xf, 16));
        }
      }
    }
    out.append(s, run, n).append('"');
  }
}
