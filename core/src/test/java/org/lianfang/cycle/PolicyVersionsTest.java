package org.lianfang.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningPolicy;

/**
 * The coverage and warning policies name themselves, so that a year records the versions it runs under (ARCHITECTURE.md
 * decision 6, issue 14): each factory its own name, two configurations two versions, and a policy written as a lambda
 * {@code custom@unversioned}; naming changes nothing of what a policy decides.
 */
class PolicyVersionsTest {
  @Test
  void p14_p18_eachFactoryNamesItsPolicyAndConfiguration() {
    assertEquals(new PolicyVersion("p14-standard", "1", ""), CoveragePolicy.standard().version());
    assertEquals(new PolicyVersion("s13-any-measure", "1", ""), CoveragePolicy.anyMeasureInForce().version());
    // P-18: 丹凤's three cards, 7 / 10 / 15 calendar days; the alternative 5 days after a talk
    assertEquals(new PolicyVersion("p18-calendar-days", "1", "reminder=7,admonishment=10,rectification-order=15"),
        WarningPolicy.standard().version());
    assertEquals(new PolicyVersion("p18-calendar-days", "1", "reminder=5,admonishment=5,rectification-order=5"),
        WarningPolicy.afterTalk().version());
    assertNotEquals(WarningPolicy.standard().version(), WarningPolicy.calendarDays(Map.of(WarningLevel.REMINDER, 7,
        WarningLevel.ADMONISHMENT, 10, WarningLevel.RECTIFICATION_ORDER, 16)).version());
    CoveragePolicy lambda = point -> List.of();
    assertEquals(new PolicyVersion("custom", "unversioned", ""), lambda.version());
    WarningPolicy own = (level, issued) -> issued;
    assertEquals("custom@unversioned", own.version().toString());
  }

  @Test
  void p18_aNamedPolicyDecidesAsBefore() {
    LocalDate issued = LocalDate.of(2010, 11, 2);
    assertEquals(LocalDate.of(2010, 11, 9), WarningPolicy.standard().replyDue(WarningLevel.REMINDER, issued));
    assertEquals(LocalDate.of(2010, 11, 17), WarningPolicy.standard().replyDue(WarningLevel.RECTIFICATION_ORDER,
        issued));
    assertEquals(LocalDate.of(2010, 11, 7), WarningPolicy.afterTalk().replyDue(WarningLevel.ADMONISHMENT, issued));
  }
}
