package org.lianfang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.ArchiveObject;
import org.lianfang.UnitId;
import org.lianfang.organization.OrganizationEvent;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.RiskPoint;
import org.lianfang.testing.Generators;
import org.lianfang.testing.RiskGenerators;
import org.lianfang.testing.TestEntries;
import org.quicktheories.generators.SourceDSL;

/** S-13, ARCHITECTURE.md decision 12: the archive's canonical JSON is RFC 8785, and what docs/journal-format.md says. */
class CanonicalJsonTest {
  private static String of(String name, Object value) {
    return CanonicalJson.of(ArchiveObject.builder().put(name, value).build());
  }

  @Test
  void s13_escapesStringsAsRfc8785Section3222() {
    // The RFC's own example: € $ U+000F LF A ' B " \ \ " /
    String value = "€$\u000f\nA'B\"\\\\\"/";
    assertEquals("{\"s\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}", of("s", value));
    assertEquals("{\"s\":\"\\b\\t\\n\\f\\r\\u0001\\u001f\u007f\u2028\"}", of("s", "\b\t\n\f\r\u0001\u001f\u007f\u2028"));
  }

  @Test
  void s13_sortsMembersByUtf16CodeUnitsAsRfc8785Section323() {
    // The RFC's example keys, given in another order; UTF-16 order puts the emoji's high surrogate before U+FB33.
    Map<String, Object> m = new LinkedHashMap<>();
    for (String k : List.of("\u20ac", "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6")) {
      m.put(k, k.length());
    }
    assertEquals("{\"m\":{\"\\r\":1,\"1\":1,\"\u0080\":1,\"ö\":1,\"€\":1,\"\ud83d\ude00\":2,\"\ufb33\":1}}",
        of("m", m));
  }

  @Test
  void s13_writesEachKindOfValueAsTheFormatSays() {
    ArchiveObject o = ArchiveObject.builder()
        .put("text", "昆明")
        .put("number", 9007199254740991L)
        .put("negative", -3)
        .put("flag", true)
        .put("code", UnitKind.PUBLIC_INSTITUTION)
        .put("id", new UnitId(UUID.fromString("0190A3B2-0000-7000-8000-00000000000A")))
        .put("day", LocalDate.of(2010, 3, 1))
        .put("at", Instant.parse("2010-08-31T01:00:00.120Z"))
        .put("whole", Instant.parse("2010-08-31T01:00:00Z"))
        .put("decimal", new BigDecimal("1E+3"))
        .put("absent", Optional.empty())
        .put("present", Optional.of("有"))
        .put("list", List.of("b", "a"))
        .put("set", new LinkedHashSet<>(List.of("b", "a", "c")))
        .put("nested", ArchiveObject.builder().put("z", 1).put("a", List.of()).build())
        .build();
    assertEquals("{\"at\":\"2010-08-31T01:00:00.120Z\",\"code\":\"public-institution\",\"day\":\"2010-03-01\","
        + "\"decimal\":\"1000\",\"flag\":true,\"id\":\"0190a3b2-0000-7000-8000-00000000000a\",\"list\":[\"b\",\"a\"],"
        + "\"negative\":-3,\"nested\":{\"a\":[],\"z\":1},\"number\":9007199254740991,\"present\":\"有\","
        + "\"set\":[\"a\",\"b\",\"c\"],\"text\":\"昆明\",\"whole\":\"2010-08-31T01:00:00Z\"}", CanonicalJson.of(o));
  }

  @Test
  void s13_setsAndMapsGiveTheSameTextInAnyIterationOrder() {
    qt().forAll(SourceDSL.lists().of(Generators.text()).ofSizeBetween(0, 8)).checkAssert(items -> {
      List<String> reversed = new ArrayList<>(items);
      Collections.reverse(reversed);
      assertEquals(of("s", new java.util.HashSet<>(items)), of("s", new LinkedHashSet<>(reversed)));
      Map<String, Integer> a = new TreeMap<>();
      Map<String, Integer> b = new LinkedHashMap<>();
      items.forEach(k -> a.put(k, k.length()));
      reversed.forEach(k -> b.put(k, k.length()));
      assertEquals(of("m", a), of("m", b));
    });
  }

  @Test
  void s13_refusesWhatCouldNotBeVerifiedLater() {
    assertThrows(IllegalArgumentException.class, () -> ArchiveObject.builder().put("x", new Object()));
    assertThrows(IllegalArgumentException.class, () -> ArchiveObject.builder().put("x", 1.5d));
    assertThrows(IllegalArgumentException.class, () -> ArchiveObject.builder().put("x", 1L << 53));
    assertThrows(IllegalArgumentException.class, () -> ArchiveObject.builder().put("x", Map.of(1, "a")));
    assertThrows(IllegalArgumentException.class, () -> ArchiveObject.builder().put("x", 1).put("x", 2));
    assertThrows(IllegalArgumentException.class, () -> of("x", "unpaired \ud800 surrogate"));
    assertThrows(IllegalArgumentException.class, () -> of("x", "\udc00"));
    assertThrows(IllegalArgumentException.class, () -> of("x", "末尾\ud83d"));
    assertThrows(IllegalArgumentException.class, () -> of("x", "\ud83d\ud83d\ude00"));
    assertThrows(IllegalArgumentException.class, () -> of("x", "\ude00\ud83d"));
  }

  /** An instant is written as {@link Instant#toString()} writes it, to the millisecond, in any year. */
  @Test
  void s13_anInstantIsWrittenAsInstantWritesItToTheMillisecond() {
    qt().forAll(SourceDSL.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
        SourceDSL.integers().between(0, 999_999_999)).checkAssert((seconds, nanos) -> {
          Instant at = Instant.ofEpochSecond(seconds, nanos);
          assertEquals(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString(), CanonicalJson.instant(at));
        });
    qt().forAll(SourceDSL.longs().between(LocalDate.of(999, 12, 31).toEpochDay() * 86_400,
        LocalDate.of(10_000, 1, 2).toEpochDay() * 86_400), SourceDSL.integers().between(0, 999)).checkAssert(
            (seconds, millis) -> {
              Instant at = Instant.ofEpochSecond(seconds, millis * 1_000_000L + 999);
              assertEquals(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString(),
                  CanonicalJson.instant(at));
            });
    assertEquals("2010-03-01T08:00:00Z", CanonicalJson.instant(Instant.parse("2010-03-01T08:00:00.000999Z")));
    assertEquals("2010-03-01T08:00:00.100Z", CanonicalJson.instant(Instant.parse("2010-03-01T08:00:00.1Z")));
  }

  /** A day is written as {@link LocalDate#toString()} writes it, in any year. */
  @Test
  void s13_aDayIsWrittenAsLocalDateWritesIt() {
    qt().forAll(SourceDSL.longs().between(LocalDate.of(-2000, 1, 1).toEpochDay(), LocalDate.of(12_000, 1, 1)
        .toEpochDay())).checkAssert(day -> {
          LocalDate d = LocalDate.ofEpochDay(day);
          assertEquals("{\"d\":\"" + d + "\"}", of("d", d));
        });
    assertEquals("{\"d\":\"0999-12-31\"}", of("d", LocalDate.of(999, 12, 31)));
    assertEquals("{\"d\":\"+10000-01-01\"}", of("d", LocalDate.of(10_000, 1, 1)));
  }

  /** A refusal names the place in the value: the field, then each list element ([]) and map key (.key) down to it. */
  @Test
  void s13_aRefusalNamesWhereInTheValueTheFaultIs() {
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> ArchiveObject.builder()
        .put("批次", List.of(Map.of("ok", "是"), Map.of("计数", 1L << 53))));
    assertEquals("批次[].计数: " + (1L << 53) + " is beyond ±(2^53 − 1)", big.getMessage());
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
        () -> ArchiveObject.builder().put("m", Map.of("a", Map.of(7, "x"))));
    assertEquals("m.a: map keys must be strings: 7", key.getMessage());
    List<Object> withNull = new ArrayList<>();
    withNull.add("a");
    withNull.add(null);
    NullPointerException nul = assertThrows(NullPointerException.class,
        () -> ArchiveObject.builder().put("list", withNull));
    assertEquals("list[]", nul.getMessage());
  }

  /** An object built is not changed by what its builder is given after. */
  @Test
  void s13_aBuiltObjectKeepsItsFieldsWhenItsBuilderGoesOn() {
    ArchiveObject.Builder b = ArchiveObject.builder().put("a", "一");
    ArchiveObject first = b.build();
    ArchiveObject second = b.put("b", "二").build();
    assertEquals(Map.of("a", "一"), first.fields());
    assertEquals(Map.of("a", "一", "b", "二"), second.fields());
  }

  @Test
  void s13_writesPairedSurrogatesAndRunsBetweenEscapesAsTheyAre() {
    assertEquals("{\"s\":\"😀\\\"风险😀点\\n\"}", of("s", "😀\"风险😀点\n"));
    assertEquals("{\"s\":\"\"}", of("s", ""));
  }

  @Test
  void s13_anEventIsWrittenUnderItsOwnNamesWithoutItsUnit() {
    UnitId unit = new UnitId(UUID.fromString("0190a3b2-0000-7000-8000-000000000001"));
    OrganizationEvent.UnitRegistered e = new OrganizationEvent.UnitRegistered(unit, "5301", "昆明市", UnitKind.CITY,
        Optional.empty());
    assertEquals("{\"code\":\"5301\",\"kind\":\"city\",\"name\":\"昆明市\"}", CanonicalJson.of(e));
  }

  @Test
  void s13_everyIdentifiedPointsPayloadNamesItsPointAndNoJavaName() {
    UnitId unit = new UnitId(UUID.randomUUID());
    qt().withExamples(50).forAll(RiskGenerators.riskPoints(unit)).checkAssert(p -> {
      String text = CanonicalJson.of(RiskPoint.identify(p.id(), p.code(), p.location(), p.description(),
          p.owners(), p.custom(), "a", "", Instant.EPOCH).events().get(0));
      assertTrue(text.contains("\"riskPoint\":\"" + p.id() + "\""), text);
      assertTrue(text.contains("\"category\":\"" + p.description().category().code() + "\""), text);
      assertFalse(text.contains(unit.toString()), text);
      assertFalse(text.contains("RiskPointIdentified") || text.contains(p.description().category().name()), text);
    });
  }

  @Test
  void s13_anEntrysHashIsSha256OfItsCanonicalJson() throws Exception {
    UnitId unit = new UnitId(UUID.fromString("0190a3b2-0000-7000-8000-000000000001"));
    String payload = "{\"code\":\"5301\",\"kind\":\"city\",\"name\":\"昆明市\"}";
    JournalEntry e = JournalChain.next(ChainDigest.SHA_256, Optional.empty(), unit, "unit.registered", "jw-01",
        Instant.parse("2010-03-01T08:00:00Z"), payload, TestEntries.RECORD, TestEntries.DIGEST);
    String hashed = "{\"actorId\":\"jw-01\",\"at\":\"2010-03-01T08:00:00Z\",\"eventType\":\"unit.registered\","
        + "\"payload\":\"{\\\"code\\\":\\\"5301\\\",\\\"kind\\\":\\\"city\\\",\\\"name\\\":\\\"昆明市\\\"}\","
        + "\"previousHash\":\"" + "0".repeat(64) + "\",\"recordDigest\":\"" + "d1".repeat(32) + "\","
        + "\"recordId\":\"01234567-0000-7000-8000-00000000000a\",\"sequence\":1,"
        + "\"unitId\":\"0190a3b2-0000-7000-8000-000000000001\"}";
    String sha = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(hashed.getBytes(StandardCharsets.UTF_8)));
    assertEquals(sha, e.hash());
  }
}
