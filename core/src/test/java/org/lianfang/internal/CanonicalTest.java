package org.lianfang.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lianfang.testing.Generators;
import org.quicktheories.generators.SourceDSL;

class CanonicalTest {
  record Sample(String text, Optional<Integer> maybe, Set<String> tags, List<String> order, Map<String, Integer> m) {}

  @Test
  void writesRecordsComponentByComponentWithEscapes() {
    Sample s = new Sample("引号\"和\\反斜杠\n换行", Optional.empty(), Set.of("b", "a"), List.of("z", "y"),
        Map.of("k2", 2, "k1", 1));
    assertEquals("Sample{text=\"引号\\\"和\\\\反斜杠\\n换行\",maybe=-,tags={\"a\",\"b\"},order=[\"z\",\"y\"],"
        + "m={\"k1\":1,\"k2\":2}}", Canonical.of(s));
  }

  @Test
  void setsAndMapsGiveTheSameTextInAnyIterationOrder() {
    qt().forAll(SourceDSL.lists().of(Generators.text()).ofSizeBetween(0, 8)).checkAssert(items -> {
      List<String> reversed = new ArrayList<>(items);
      Collections.reverse(reversed);
      assertEquals(Canonical.of(new HashSet<>(items)), Canonical.of(new java.util.LinkedHashSet<>(reversed)));
      Map<String, Integer> a = new TreeMap<>();
      Map<String, Integer> b = new java.util.LinkedHashMap<>();
      for (int i = 0; i < items.size(); i++) {
        a.put(items.get(i), items.get(i).length());
      }
      for (String k : reversed) {
        b.put(k, k.length());
      }
      assertEquals(Canonical.of(a), Canonical.of(b));
    });
  }

  @Test
  void refusesTypesWithoutAStableText() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Canonical.of(new Object()));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Canonical.of(List.of(new int[] {1})));
    Map<Object, Integer> sameText = Map.of(Optional.of("a"), 1, "a", 2);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Canonical.of(sameText));
  }

  @Test
  void everyEventTypeHasACanonicalText() {
    org.lianfang.UnitId unit = new org.lianfang.UnitId(java.util.UUID.randomUUID());
    qt().withExamples(50).forAll(Generators.riskPoints(unit)).checkAssert(p -> {
      String text = Canonical.of(org.lianfang.risk.RiskPoint.identify(p.id(), p.code(), p.location(), p.description(),
          p.owners(), p.custom(), "a", java.time.Instant.EPOCH).events().get(0));
      org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("RiskPointIdentified{"), text);
    });
  }

  @Test
  void controlCharactersAreEscaped() {
    assertEquals("\"\\u0001\\t\"", Canonical.of("\u0001\t"));
  }
}
