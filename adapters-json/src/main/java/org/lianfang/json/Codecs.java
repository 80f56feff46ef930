package org.lianfang.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The codecs the mix-ins name property by property. They are attached to our properties only, never registered for
 * {@code Instant} or {@code LocalDate} as such, so a host's own date settings stay as the host made them.
 */
final class Codecs {
  /** What an instant must look like: UTC, {@code Z}, whole milliseconds at most, as stores keep them. */
  static final String INSTANT_RULE = "not an ISO-8601 instant in UTC with at most milliseconds (2010-08-31T01:00:00Z)";

  private static final Pattern INSTANT =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?Z");
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Codecs() {}

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

  /** A UUID in its canonical lower-case text only (Jackson's own reader also takes upper case and Base64). */
  static final class UuidReader extends StdScalarDeserializer<UUID> {
    private static final long serialVersionUID = 1L;

    UuidReader() {
      super(UUID.class);
    }

    @Override
    public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (UUID) ctxt.handleUnexpectedToken(UUID.class, p);
      }
      UUID value = uuid(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (value == null) {
        return (UUID) ctxt.handleWeirdStringValue(UUID.class, p.getText(), "not a UUID in canonical lower-case text");
      }
      return value;
    }

    /** @return the UUID of 36 characters of canonical lower-case text, or null; read by hand, ids are everywhere */
    static UUID uuid(char[] c, int off, int len) {
      if (len != 36 || c[off + 8] != '-' || c[off + 13] != '-' || c[off + 18] != '-' || c[off + 23] != '-') {
        return null;
      }
      long high = 0;
      long low = 0;
      for (int i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
          continue;
        }
        char ch = c[off + i];
        int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
        if (d < 0) {
          return null;
        }
        if (i < 19) {
          high = high << 4 | d;
        } else {
          low = low << 4 | d;
        }
      }
      return new UUID(high, low);
    }
  }

  /** An instant as ISO-8601 in UTC, {@code 2010-03-01T08:00:00Z}, whatever the host's mapper does with dates. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = ToStringSerializer.class)
  @JsonDeserialize(using = InstantReader.class)
  @interface IsoInstant {}

  /** A day as ISO-8601, {@code 2010-03-01}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = ToStringSerializer.class)
  @JsonDeserialize(using = DayReader.class)
  @interface IsoDate {}

  /** A month as ISO-8601, {@code 2010-10}: the month a monthly check covers. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = ToStringSerializer.class)
  @JsonDeserialize(using = MonthReader.class)
  @interface IsoMonth {}

  /** A span of time as ISO-8601, {@code PT21H}: a case's promised limit in working time. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = ToStringSerializer.class)
  @JsonDeserialize(using = DurationReader.class)
  @interface IsoDuration {}

  /** A set written in a fixed order (by each element's text), so a document does not depend on hash order. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD})
  @JacksonAnnotationsInside
  @JsonSerialize(using = SortedSetWriter.class)
  @interface Sorted {}

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

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class SortedSetWriter extends StdSerializer<Collection> {
    private static final long serialVersionUID = 1L;

    SortedSetWriter() {
      super(Collection.class);
    }

    @Override
    public void serialize(Collection value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      List<Object> sorted = new ArrayList<>(value);
      sorted.sort(Comparator.comparing(String::valueOf));
      gen.writeStartArray(value, sorted.size());
      for (Object o : sorted) {
        provider.defaultSerializeValue(o, gen);
      }
      gen.writeEndArray();
    }
  }

  /**
   * Reads an optional part of a public factory ({@code Optional<T>}, e.g. {@code RiskPoint.restore}'s owners): a value
   * is read as its type reads, an absent field or a {@code null} as empty. Jackson 2 reads no {@code Optional} without
   * the JDK 8 module, which a host's mapper may lack, so the module brings its own, for our properties only. A day, an
   * instant or a span of time inside is read by {@link DayReader}, {@link InstantReader} or {@link DurationReader}, as
   * everywhere else.
   */
  static final class OptionalReader extends StdDeserializer<Optional<?>> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient JsonDeserializer<?> content;

    OptionalReader() {
      this(null);
    }

    private OptionalReader(JsonDeserializer<?> content) {
      super(Optional.class);
      this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JavaType type = (property == null ? ctxt.getContextualType() : property.getType()).containedTypeOrUnknown(0);
      if (type.hasRawClass(LocalDate.class)) {
        return new OptionalReader(new DayReader());
      }
      if (type.hasRawClass(Instant.class)) {
        return new OptionalReader(new InstantReader());
      }
      if (type.hasRawClass(java.time.Duration.class)) {
        return new OptionalReader(new DurationReader());
      }
      return new OptionalReader(ctxt.findContextualValueDeserializer(type, property));
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Optional.ofNullable(content.deserialize(p, ctxt));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
      return Optional.empty();
    }
  }

  /**
   * Writes an optional part of a public accessor ({@code Optional<T>}) as its value; an empty one counts as empty, so a
   * property that includes only non-empty values leaves it out rather than writing {@code null}. A day, an instant or a
   * span of time inside is written as ISO-8601 text, as everywhere else.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class OptionalWriter extends StdSerializer<Optional> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;

    private final transient JsonSerializer<Object> content;
    private final transient BeanProperty property;

    OptionalWriter() {
      this(null, null);
    }

    private OptionalWriter(JsonSerializer<Object> content, BeanProperty property) {
      super(Optional.class);
      this.content = content;
      this.property = property;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property) {
      JavaType type = property == null ? null : property.getType().containedTypeOrUnknown(0);
      boolean text = type != null && (type.hasRawClass(LocalDate.class) || type.hasRawClass(Instant.class)
          || type.hasRawClass(java.time.Duration.class));
      return new OptionalWriter(text ? (JsonSerializer) ToStringSerializer.instance : null, property);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Optional value) {
      return value == null || value.isEmpty();
    }

    @Override
    public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.isEmpty()) {
        provider.defaultSerializeNull(gen);
        return;
      }
      Object v = value.get();
      JsonSerializer<Object> s = content != null ? content : provider.findTypedValueSerializer(v.getClass(), true,
          property);
      s.serialize(v, gen, provider);
    }
  }
}
