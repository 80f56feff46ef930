package org.lianfang.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.monitoring.WarningLevel;

/**
 * The checks' policy (P-22, P-23): its [G] defaults, its bounds, and that a month's due day, whatever the grace, lies
 * in the days that name the month back (the tick finds a deadline's month from its due day less 27 days).
 */
class CheckPolicyTest {
  @Test
  void p22_p23_theDefaultsAreThoseDocumented() {
    CheckPolicy p = CheckPolicy.standard();
    assertEquals(LocalDate.of(2010, 11, 30), p.checkDue(YearMonth.of(2010, 11)), "the month's last day [G]");
    assertEquals(LocalDate.of(2010, 11, 7), p.itemDue(LocalDate.of(2010, 10, 8)), "30 days [G]");
    assertEquals(LocalDate.of(2011, 1, 15), p.selfCheckDue(new HalfYear(2010, 2)), "15 days after the half [G]");
    assertEquals(Optional.empty(), p.warningApprover(), "no automatic reminder unless an approver is named");
    assertEquals(15, p.appraisalWorkingDays(), "P-25: 好差评 asks 15 working days");
    assertEquals(10, p.flagPercent(), "P-25: 10 % dissatisfied flags an item [G]");
  }

  @Test
  void p22_aGraceLongerThanFebruaryOrNegativeIsRefused() {
    for (int grace : new int[] {-1, 28, 62}) {
      assertThrows(IllegalArgumentException.class, () -> new CheckPolicy(30, Optional.empty(),
          WarningLevel.REMINDER, grace, 15, 15, 10), "grace " + grace);
    }
    assertThrows(IllegalArgumentException.class, () -> new CheckPolicy(0, Optional.empty(), WarningLevel.REMINDER,
        0, 15, 15, 10));
    assertThrows(IllegalArgumentException.class, () -> new CheckPolicy(30, Optional.empty(),
        WarningLevel.REMINDER, 0, 91, 15, 10));
    assertThrows(IllegalArgumentException.class, () -> new CheckPolicy(30, Optional.empty(),
        WarningLevel.REMINDER, 0, 15, 0, 10), "an appraisal's item due at once");
    assertThrows(IllegalArgumentException.class, () -> new CheckPolicy(30, Optional.empty(),
        WarningLevel.REMINDER, 0, 15, 15, 101), "a share beyond 100 %");
  }

  @Test
  void p22_everyMonthsDueDayLess27DaysIsInTheMonthWhateverTheGrace() {
    qt().forAll(integers().between(0, 27), integers().between(0, 1200)).checkAssert((grace, m) -> {
      YearMonth month = YearMonth.of(2010, 1).plusMonths(m);
      CheckPolicy p = new CheckPolicy(30, Optional.empty(), WarningLevel.REMINDER, grace, 15, 15, 10);
      assertEquals(month, YearMonth.from(p.checkDue(month).minusDays(27)));
    });
  }
}
