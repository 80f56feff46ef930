package org.lianfang.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableBiMap;
import java.io.IOException;
import java.util.List;
import org.lianfang.Coded;

/**
 * The JSON code of every constant of core's coded enums: {@link Coded#code()}, the code the archive uses too
 * (docs/journal-format.md). Core writes each code out beside its constant, never derived from the constant's name, so
 * renaming a constant cannot change the format. Every enum that implements {@link Coded} is written and read by its
 * codes, found when Jackson first meets the type: a new coded enum needs no registration here. Two constants with one
 * code fail when the type is first met; the JSON Schemas must list the same codes (JsonSchemaTest).
 */
final class EnumCodes {
  private static final ClassValue<Table<?>> TABLES = new ClassValue<>() {
    @Override
    protected Table<?> computeValue(Class<?> type) {
      return table(type.asSubclass(Enum.class));
    }
  };

  private EnumCodes() {}

  /** @return the code of a constant of a coded enum */
  static String code(Enum<?> constant) {
    if (!(constant instanceof Coded coded)) {
      throw new IllegalArgumentException("not a coded enum: " + constant.getDeclaringClass().getName());
    }
    return coded.code();
  }

  /**
   * @param type a class
   * @return whether it is an enum whose constants have codes
   */
  static boolean isCoded(Class<?> type) {
    return Enum.class.isAssignableFrom(type) && Coded.class.isAssignableFrom(type);
  }

  /** @return the enum a constant's class belongs to: itself, or for a constant with a body of its own, its enum */
  private static Class<?> declaring(Class<?> type) {
    return type.isEnum() ? type : type.getSuperclass();
  }

  /**
   * @param type an enum implementing {@link Coded}
   * @return its codes
   * @throws IllegalArgumentException if it is not one, or two constants share a code
   */
  static Table<?> of(Class<?> type) {
    if (!isCoded(type)) {
      throw new IllegalArgumentException("not a coded enum: " + type.getName());
    }
    return TABLES.get(declaring(type));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Table<?> table(Class<? extends Enum> type) {
    return new Table(type);
  }

  /** Writes every coded enum by its codes. */
  static final class CodedSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return isCoded(type.getRawClass()) ? of(type.getRawClass()).serializer() : null;
    }
  }

  /** Reads every coded enum by its codes. */
  static final class CodedDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return isCoded(type) ? of(type).deserializer() : null;
    }
  }

  /** Writes every coded enum by its code where it is a map's key (the fields of a power disclosure, P-16). */
  static final class CodedKeySerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      if (!isCoded(type.getRawClass())) {
        return null;
      }
      Table<?> table = of(type.getRawClass());
      return new StdSerializer<Object>(Object.class) {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
          gen.writeFieldName(table.codes.get((Enum<?>) value));
        }
      };
    }
  }

  /** Reads every coded enum by its code where it is a map's key; an unknown code is refused as a weird key. */
  static final class CodedKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      if (!isCoded(type.getRawClass())) {
        return null;
      }
      Table<?> table = of(type.getRawClass());
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
          Enum<?> e = table.codes.inverse().get(key);
          return e != null ? e : ctxt.handleWeirdKey(table.type, key, "not one of %s", table.codes.values());
        }
      };
    }
  }

  /** One enum's codes, both ways; two constants with one code fail here. */
  static final class Table<E extends Enum<E> & Coded> {
    final Class<E> type;
    final ImmutableBiMap<Enum<?>, String> codes;

    Table(Class<E> type) {
      this.type = type;
      ImmutableBiMap.Builder<Enum<?>, String> b = ImmutableBiMap.builder();
      for (E e : type.getEnumConstants()) {
        b.put(e, e.code());
      }
      this.codes = b.buildOrThrow();
    }

    /** @return the codes in the constants' order, as the JSON Schemas list them */
    List<String> codes() {
      return List.copyOf(codes.values());
    }

    JsonSerializer<E> serializer() {
      return new StdScalarSerializer<E>(type) {
        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
          gen.writeString(codes.get(value));
        }
      };
    }

    JsonDeserializer<E> deserializer() {
      return new StdScalarDeserializer<E>(type) {
        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return type.cast(ctxt.handleUnexpectedToken(type, p));
          }
          String text = p.getText();
          Enum<?> e = codes.inverse().get(text);
          if (e == null) {
            return type.cast(ctxt.handleWeirdStringValue(type, text, "not one of %s", codes.values()));
          }
          return type.cast(e);
        }
      };
    }
  }
}
