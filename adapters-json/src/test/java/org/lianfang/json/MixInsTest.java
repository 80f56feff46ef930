package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.RiskLocation;

/**
 * The mix-ins reach core only through its public API: every type is read through a public constructor or public static
 * factory and written through public accessors, never through a field, so a private field can change without changing
 * the format (issue 8). Optional parts are left out when empty and read back as empty, absent or {@code null}.
 */
class MixInsTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("01890000-0000-7000-8000-0000000000aa"));

  @Test
  void noMixInDeclaresAField() {
    for (Class<?> mixIn : MixIns.ALL.values()) {
      for (Field f : mixIn.getDeclaredFields()) {
        assertTrue(f.isSynthetic(), mixIn.getName() + " binds field " + f.getName());
      }
    }
  }

  @Test
  void everyCreatorIsAPublicConstructorOrFactoryOfItsType() {
    MixIns.ALL.forEach((type, mixIn) -> {
      for (Constructor<?> c : mixIn.getDeclaredConstructors()) {
        if (c.isAnnotationPresent(JsonCreator.class)) {
          Constructor<?> target = assertPresent(() -> type.getConstructor(c.getParameterTypes()), type, c);
          assertTrue(Modifier.isPublic(target.getModifiers()), target.toString());
        }
      }
      for (Method m : mixIn.getDeclaredMethods()) {
        if (m.isAnnotationPresent(JsonCreator.class)) {
          assertTrue(Modifier.isStatic(m.getModifiers()), m.toString());
          Method target = assertPresent(() -> type.getMethod(m.getName(), m.getParameterTypes()), type, m);
          assertTrue(Modifier.isStatic(target.getModifiers()) && type.isAssignableFrom(target.getReturnType()),
              target.toString());
        }
      }
    });
  }

  @Test
  void everyWrittenPropertyIsAPublicAccessorOfItsType() {
    MixIns.ALL.forEach((type, mixIn) -> {
      for (Method m : mixIn.getDeclaredMethods()) {
        if (m.isAnnotationPresent(JsonProperty.class) || m.isAnnotationPresent(JsonValue.class)) {
          assertEquals(0, m.getParameterCount(), m.toString());
          Method target = assertPresent(() -> type.getMethod(m.getName()), type, m);
          assertFalse(Modifier.isStatic(target.getModifiers()), target.toString());
        }
      }
    });
  }

  private interface Lookup<T> {
    T find() throws NoSuchMethodException;
  }

  private static <T> T assertPresent(Lookup<T> lookup, Class<?> type, Executable mixInMember) {
    try {
      return lookup.find();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no public match for " + mixInMember + " "
          + Arrays.toString(mixInMember.getParameterTypes()), e);
    }
  }

  @Test
  void anAbsentPartIsLeftOutAndReadsBackAbsentWhetherMissingOrNull() throws Exception {
    JsonMapper m = Documents.MAPPER;
    Unit root = Unit.restore(UNIT, "KM", "昆明市", UnitKind.CITY, Optional.empty(), 1);
    String json = m.writeValueAsString(root);
    assertEquals("{\"id\":\"" + UNIT.value() + "\",\"code\":\"KM\",\"name\":\"昆明市\",\"kind\":\"city\",\"version\":1}",
        json);
    assertEquals(root, m.readValue(json, Unit.class));
    assertEquals(root, m.readValue(json.replace(",\"version\"", ",\"parent\":null,\"version\""), Unit.class));

    RiskLocation unitWide = RiskLocation.unitWide(UNIT);
    String location = m.writeValueAsString(unitWide);
    assertEquals("{\"unit\":\"" + UNIT.value() + "\"}", location);
    assertEquals(unitWide, m.readValue(location, RiskLocation.class));
  }

  @Test
  void aPresentPartIsWrittenAsItsValueWithItsOwnCodec() throws Exception {
    JsonMapper m = Documents.MAPPER;
    Tenure closed = Tenure.restore(new TenureId(UUID.fromString("01890000-0000-7000-8000-0000000000ab")), UNIT,
        new PostId(UUID.fromString("01890000-0000-7000-8000-0000000000ac")),
        new OfficialId(UUID.fromString("01890000-0000-7000-8000-0000000000ad")), LocalDate.of(2010, 8, 14),
        Optional.of(LocalDate.of(2011, 1, 1)), 2);
    String json = m.writeValueAsString(closed);
    assertTrue(json.contains("\"start\":\"2010-08-14\",\"end\":\"2011-01-01\",\"version\":2"), json);
    assertEquals(closed, m.readValue(json, Tenure.class));

    Unit child = Unit.restore(new UnitId(UUID.fromString("01890000-0000-7000-8000-0000000000ae")), "KM-GD", "官渡区",
        UnitKind.DISTRICT_COUNTY, Optional.of(UNIT), 1);
    String unit = m.writeValueAsString(child);
    assertTrue(unit.contains("\"parent\":\"" + UNIT.value() + "\""), unit);
    assertEquals(child, m.readValue(unit, Unit.class));
  }

  @Test
  void aWrongValueInAnOptionalPartIsRefusedAtItsField() {
    String json = "{\"id\":\"" + UNIT.value() + "\",\"code\":\"KM\",\"name\":\"昆明市\",\"kind\":\"city\","
        + "\"parent\":\"not-a-uuid\",\"version\":1}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> Documents.MAPPER.readValue(json,
        Unit.class));
    assertEquals("parent", e.getPath().get(0).getFieldName(), e.getMessage());
    String location = "{\"unit\":\"" + UNIT.value() + "\",\"post\":7}";
    JsonMappingException t = assertThrows(JsonMappingException.class, () -> Documents.MAPPER.readValue(location,
        RiskLocation.class));
    assertEquals("post", t.getPath().get(0).getFieldName(), t.getMessage());
  }
}
