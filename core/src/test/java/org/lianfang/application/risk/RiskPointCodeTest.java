package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lianfang.risk.RiskPointCodes;
import org.lianfang.testing.Generators;

/** A risk point's code is its unit's code, a dash and its number in at least four digits. */
class RiskPointCodeTest {
  @Test
  void theNumberTakesAtLeastFourDigitsAsPercentZeroFourDWritesIt() {
    qt().forAll(Generators.code(), longs().between(0, 10_000_000_000L)).checkAssert((unit, n) ->
        assertEquals(unit + "-" + String.format(Locale.ROOT, "%04d", n), IdentifyRiskPointHandler.code(unit, n)));
  }

  /** Issue 10, finding 9: the number a code ends in is the number it was made from, whatever the unit's code. */
  @Test
  void theNumberACodeEndsInIsTheNumberItWasMadeFrom() {
    qt().forAll(Generators.code(), longs().between(0, 10_000_000_000L)).checkAssert((unit, n) ->
        assertEquals(n, RiskPointCodes.number(IdentifyRiskPointHandler.code(unit, n))));
  }

  @Test
  void codesOfAnotherFormEndInNoNumber() {
    for (String code : new String[] {"GT-A", "GT0007", "GT-", "GT-0x1F", "GT-１２", "GT-1234567890123456789"}) {
      assertEquals(0, RiskPointCodes.number(code), code);
    }
    assertEquals(7, RiskPointCodes.number("导入-第二批-0007"));
  }

  @Test
  void examples() {
    assertEquals("5301-GT-0002", IdentifyRiskPointHandler.code("5301-GT", 2));
    assertEquals("昆明-12345", IdentifyRiskPointHandler.code("昆明", 12_345));
  }
}
