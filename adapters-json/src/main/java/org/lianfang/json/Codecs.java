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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The codecs the mix-ins name property by property. They are attached to our properties only, never registered for
 * {@code Instant} or {@code LocalDate} as such, so a host's own date settings stay as the host made them.
 */
final class Codecs {
  private Codecs() {}

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
  @JsonDeserialize(using = TimeReaders.InstantReader.class)
  @interface IsoInstant {}

  /** A day as ISO-8601, {@code 2010-03-01}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = ToStringSerializer.class)
  @JsonDeserialize(using = TimeReaders.DayReader.class)
  @interface IsoDate {}

  /** A month as ISO-8601, {@code 2010-10}: the month a monthly check covers. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = ToStringSerializer.class)
  @JsonDeserialize(using = TimeReaders.MonthReader.class)
  @interface IsoMonth {}

  /** A year as its number, {@code 2010}: the year an annual evaluation covers, 1900 to 9999. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = YearWriter.class)
  @JsonDeserialize(using = TimeReaders.YearReader.class)
  @interface IsoYear {}

  /** A span of time as ISO-8601, {@code PT21H}: a case's promised limit in working time. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @JacksonAnnotationsInside
  @JsonSerialize(using = ToStringSerializer.class)
  @JsonDeserialize(using = TimeReaders.DurationReader.class)
  @interface IsoDuration {}

  /** Writes a year as its number. */
  static final class YearWriter extends StdSerializer<java.time.Year> {
    private static final long serialVersionUID = 1L;

    YearWriter() {
      super(java.time.Year.class);
    }

    @Override
    public void serialize(java.time.Year value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.getValue());
    }
  }

  /** A set written in a fixed order (by each element's text), so a document does not depend on hash order. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD})
  @JacksonAnnotationsInside
  @JsonSerialize(using = SortedSetWriter.class)
  @interface Sorted {}

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
   * Reads a rule added to a record in a later format ({@code boolean}): {@code true} or {@code false} as written, an
   * absent field as {@code false} (a record written before the rule ran without it), and a {@code null}, or anything
   * else, refused as for any boolean.
   */
  static final class AbsentAsOff extends StdScalarDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    AbsentAsOff() {
      super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isBoolean()) {
        return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
      }
      return p.getBooleanValue();
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return (Boolean) ctxt.reportInputMismatch(this, "null is not true or false");
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return Boolean.FALSE;
    }
  }

  /**
   * Reads an optional part of a public factory ({@code Optional<T>}, e.g. {@code RiskPoint.restore}'s owners): a value
   * is read as its type reads, an absent field or a {@code null} as empty. Jackson 2 reads no {@code Optional} without
   * the JDK 8 module, which a host's mapper may lack, so the module brings its own, for our properties only. A day, an
   * instant or a span of time inside is read by {@link TimeReaders.DayReader}, {@link TimeReaders.InstantReader} or
   * {@link TimeReaders.DurationReader}, as everywhere else.
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
        return new OptionalReader(new TimeReaders.DayReader());
      }
      if (type.hasRawClass(Instant.class)) {
        return new OptionalReader(new TimeReaders.InstantReader());
      }
      if (type.hasRawClass(java.time.Duration.class)) {
        return new OptionalReader(new TimeReaders.DurationReader());
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
