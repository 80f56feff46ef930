package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lianfang.testing.Generators;

/** A risk point's code is its unit's code, a dash and its number in at least four digits. */
class RiskPointCodeTest {
  @Test
  void theNumberTakesAtLeastFourDigitsAsPercentZeroFourDWritesIt() {
    qt().forAll(Generators.code(), longs().between(0, 10_000_000_000L)).checkAssert((unit, n) ->
        assertEquals(unit + "-" + String.format(Locale.ROOT, "%04d", n), IdentifyRiskPointHandler.code(unit, n)));
  }

  @Test
  void examples() {
    assertEquals("5301-GT-0002", IdentifyRiskPointHandler.code("5301-GT", 2));
    assertEquals("昆明-12345", IdentifyRiskPointHandler.code("昆明", 12_345));
  }
}
