package org.lianfang.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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
      String text = p.getText();
      if (!UUID_TEXT.matcher(text).matches()) {
        return (UUID) ctxt.handleWeirdStringValue(UUID.class, text, "not a UUID in canonical lower-case text");
      }
      return UUID.fromString(text);
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
      String text = p.getText();
      Instant value = instant(text);
      if (value == null) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, INSTANT_RULE);
      }
      return value;
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
}
