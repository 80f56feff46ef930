package org.lianfang.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.google.common.collect.ImmutableBiMap;
import java.io.IOException;
import java.util.List;
import org.lianfang.Coded;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.access.Operation;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.SourceKind;

/**
 * The JSON code of every constant of core's coded enums: {@link Coded#code()}, the code the archive uses too
 * (docs/journal-format.md). Core writes each code out beside its constant, never derived from the constant's name, so
 * renaming a constant cannot change the format; two constants with one code fail here (the test that registers every
 * enum), and the JSON Schemas must list the same codes.
 */
final class EnumCodes {
  /** Every coded enum, each with its table; the JSON Schemas list the same codes. */
  static final List<Table<?>> TABLES = List.of(
      table(UnitKind.class), table(Resource.class), table(Transparency.class), table(AdministrativePower.class),
      table(RiskCategory.class), table(SourceKind.class), table(DiscoveryMethod.class), table(DiscoveryChannel.class),
      table(ReviewState.class), table(ReviewAction.class), table(RiskGrade.class), table(Role.class),
      table(Operation.class), table(Refusal.Code.class));

  private EnumCodes() {}

  /** @return the code of a constant of a coded enum */
  static String code(Enum<?> constant) {
    if (!(constant instanceof Coded coded)) {
      throw new IllegalArgumentException("not a coded enum: " + constant.getDeclaringClass().getName());
    }
    return coded.code();
  }

  static void register(SimpleModule module) {
    for (Table<?> t : TABLES) {
      t.register(module);
    }
  }

  private static <E extends Enum<E> & Coded> Table<E> table(Class<E> type) {
    return new Table<>(type);
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

    void register(SimpleModule module) {
      module.addSerializer(type, new StdScalarSerializer<E>(type) {
        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
          gen.writeString(codes.get(value));
        }
      });
      module.addDeserializer(type, new StdScalarDeserializer<E>(type) {
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
      });
    }
  }
}
