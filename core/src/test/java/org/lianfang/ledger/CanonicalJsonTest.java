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
