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

/**
 * The codecs the mix-ins name property by property. They are attached to our properties only, never registered for
 * {@code Instant} or {@code LocalDate} as such, so a host's own date settings stay as the host made them.
 */
final class Codecs {
  private Codecs() {}

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
      try {
        return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
      } catch (DateTimeException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant in UTC");
      }
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
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 day");
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
