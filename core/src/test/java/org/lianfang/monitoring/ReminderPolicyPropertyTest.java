package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * When the tick reminds (decision 5): the alerts of a deadline come in order, the reminders before its last day and
 * overdue the day after, each at the start of a day in the zone; the latest alert of a span is the one true at its
 * end; a day named twice is refused.
 */
class ReminderPolicyPropertyTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void d5_alertsComeInOrderRemindersBeforeTheDayAndOverdueTheDayAfter() {
    qt().forAll(integers().between(0, 3650), integers().between(0, 24 * 40)).checkAssert((d, hours) -> {
      LocalDate due = LocalDate.of(2010, 1, 1).plusDays(d);
      List<Instant> alerts = ReminderPolicy.standard().alerts(due, SHANGHAI);
      assertEquals(List.of(due.minusDays(7), due.minusDays(3), due.minusDays(1), due.plusDays(1)),
          alerts.stream().map(a -> LocalDate.ofInstant(a, SHANGHAI)).toList());
      assertTrue(alerts.stream().allMatch(a -> a.atZone(SHANGHAI).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)));
      Instant asOf = due.minusDays(8).atStartOfDay(SHANGHAI).toInstant().plusSeconds(3600L * hours);
      Optional<Instant> next = ReminderPolicy.standard().nextAfter(due, SHANGHAI, asOf);
      assertEquals(alerts.stream().filter(a -> a.isAfter(asOf)).findFirst(), next);
      Optional<Instant> latest = ReminderPolicy.standard().latestBetween(due, SHANGHAI, alerts.get(0), asOf);
      assertEquals(alerts.stream().filter(a -> !a.isAfter(asOf)).reduce((a, b) -> b), latest,
          "a late tick says only the latest alert passed");
    });
  }

  @Test
  void d5_aDayNamedTwiceOrOutOfRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReminderPolicy(List.of(3, 3)));
    assertThrows(IllegalArgumentException.class, () -> new ReminderPolicy(List.of(0)));
    assertThrows(IllegalArgumentException.class, () -> new ReminderPolicy(List.of(366)));
    assertEquals(List.of(7, 3, 1), new ReminderPolicy(List.of(1, 7, 3)).daysBefore());
  }
}
