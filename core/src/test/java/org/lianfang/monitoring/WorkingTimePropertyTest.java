package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Working days and working time (P-19, P-20) on generated calendars: weekends, holidays and make-up working days
 * (调休) drawn at random over 2010–2011, under the default working hours.
 */
class WorkingTimePropertyTest {
  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final int SPAN = 730;

  /** Calendars: up to 60 holidays and 10 make-up working days, none in both. */
  private static Gen<HolidayCalendar> calendars() {
    return lists().of(integers().between(0, SPAN - 1)).ofSizeBetween(0, 60)
        .zip(lists().of(integers().between(0, SPAN - 1)).ofSizeBetween(0, 10), (off, on) -> {
          Set<LocalDate> holidays = new HashSet<>();
          off.forEach(i -> holidays.add(FIRST.plusDays(i)));
          Set<LocalDate> worked = new HashSet<>();
          on.stream().map(FIRST::plusDays).filter(d -> !holidays.contains(d)).forEach(worked::add);
          return HolidayCalendar.of(holidays, worked);
        });
  }

  /** Moments in 2010, to the minute, at any time of day. */
  private static Gen<LocalDateTime> moments() {
    return integers().between(0, 364 * 24 * 60).map(m -> FIRST.atStartOfDay().plusMinutes(m));
  }

  private static WorkingTime on(WorkingCalendar c) {
    return WorkingTime.of(c, WorkingHours.standard());
  }

  @Test
  void p19_theNthWorkingDayAfterADayHasExactlyNWorkingDaysUpToIt() {
    qt().forAll(calendars(), integers().between(0, 364), integers().between(0, 30)).checkAssert((c, i, n) -> {
      LocalDate day = FIRST.plusDays(i);
      LocalDate due = on(c).plusWorkingDays(day, n);
      int counted = 0;
      for (LocalDate d = day.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
        counted += c.isWorkingDay(d) ? 1 : 0;
      }
      assertEquals(n, counted);
      assertTrue(n == 0 ? due.equals(day) : c.isWorkingDay(due), "the last of them is a working day");
    });
  }

  @Test
  void p20_workingTimeAddedIsWorkingTimeElapsed() {
    qt().forAll(calendars(), moments(), integers().between(0, 60 * 7 * 40)).checkAssert((c, from, minutes) -> {
      Duration working = Duration.ofMinutes(minutes);
      LocalDateTime due = on(c).plus(from, working);
      assertEquals(working, on(c).between(from, due));
      assertTrue(minutes == 0 || on(c).between(from, due.minusMinutes(1)).compareTo(working) < 0,
          "the first such moment, not a later one: " + due);
    });
  }

  @Test
  void p20_workingTimeAddsUpAndNeverExceedsTheClock() {
    qt().forAll(calendars(), moments(), integers().between(0, 60 * 24 * 20), integers().between(0, 60 * 24 * 20))
        .checkAssert((c, a, x, y) -> {
          LocalDateTime b = a.plusMinutes(x);
          LocalDateTime d = b.plusMinutes(y);
          WorkingTime t = on(c);
          assertEquals(t.between(a, d), t.between(a, b).plus(t.between(b, d)));
          assertTrue(t.between(a, b).compareTo(Duration.between(a, b)) <= 0);
          assertTrue(t.between(a, b).compareTo(WorkingHours.standard().perDay().multipliedBy(x / (24 * 60) + 2)) <= 0);
        });
  }

  @Test
  void p20_pausesAreLeftOutOnceHoweverTheyOverlap() {
    Gen<int[]> spanAndPause = integers().between(0, 60 * 24 * 10).zip(integers().between(0, 60 * 24 * 10),
        integers().between(0, 60 * 24 * 3), (span, at, length) -> new int[] {span, at, length});
    qt().forAll(calendars(), moments(), spanAndPause).checkAssert((c, a, sp) -> {
          int span = sp[0];
          int at = sp[1];
          int length = sp[2];
          LocalDateTime b = a.plusMinutes(span);
          WorkingTime t = on(c);
          WorkingTime.Pause p = new WorkingTime.Pause(a.plusMinutes(at), a.plusMinutes(at + length));
          // the clock runs before the pause and after it, within the span
          Duration expected = !p.from().isBefore(b) || !p.to().isAfter(a) ? t.between(a, b)
              : (p.from().isAfter(a) ? t.between(a, p.from()) : Duration.ZERO)
                  .plus(p.to().isBefore(b) ? t.between(p.to(), b) : Duration.ZERO);
          assertEquals(expected, t.between(a, b, List.of(p)));
          WorkingTime.Pause inside = new WorkingTime.Pause(p.from().plusMinutes(length / 3), p.to());
          assertEquals(t.between(a, b, List.of(p)), t.between(a, b, List.of(inside, p, p)), "overlaps count once");
          WorkingTime.Pause later = new WorkingTime.Pause(p.from().plusMinutes(length / 2),
              p.to().plusMinutes(length / 2 + 1));
          assertEquals(t.between(a, b, List.of(new WorkingTime.Pause(p.from(), later.to()))),
              t.between(a, b, List.of(later, p)), "pauses that partly overlap count as one from the first start "
              + "to the last end");
        });
  }

  @Test
  void p20_theDefaultCalendarWorksWeekdaysAndMakeUpDaysAndRestsOnHolidays() {
    qt().forAll(calendars(), integers().between(0, SPAN - 1)).checkAssert((c, i) -> {
      LocalDate d = FIRST.plusDays(i);
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean expected = c.makeUpWorkingDays().contains(d) || !c.holidays().contains(d) && !weekend;
      assertEquals(expected, c.isWorkingDay(d));
    });
  }

  /**
   * The pilot year's National Day (国办发明电〔2009〕19号): 10-01 to 10-07 off, 09-26 (a Sunday) and 10-09 (a Saturday)
   * worked. The first two working days after 09-30 are 10-08 and 10-09, and the one after 09-25 is that Sunday; seven
   * working hours from 16:30 on 09-30 (one that day, six on 10-08) run out at 16:30 on 10-08.
   */
  @Test
  void p19_p20_theNationalDayHolidayOf2010() {
    WorkingTime t = on(HolidayCalendar.of(
        List.of(LocalDate.of(2010, 10, 1), LocalDate.of(2010, 10, 2), LocalDate.of(2010, 10, 3),
            LocalDate.of(2010, 10, 4), LocalDate.of(2010, 10, 5), LocalDate.of(2010, 10, 6),
            LocalDate.of(2010, 10, 7)),
        List.of(LocalDate.of(2010, 9, 26), LocalDate.of(2010, 10, 9))));
    assertEquals(LocalDate.of(2010, 10, 8), t.plusWorkingDays(LocalDate.of(2010, 9, 30), 1));
    assertEquals(LocalDate.of(2010, 10, 9), t.plusWorkingDays(LocalDate.of(2010, 9, 30), 2));
    assertEquals(LocalDate.of(2010, 9, 26), t.plusWorkingDays(LocalDate.of(2010, 9, 25), 1),
        "09-26, a Sunday, is worked (调休)");
    assertEquals(LocalDateTime.of(2010, 10, 8, 16, 30), t.plus(LocalDateTime.of(2010, 9, 30, 16, 30),
        Duration.ofHours(7)));
    assertEquals(Duration.ofHours(7), t.between(LocalDateTime.of(2010, 10, 1, 0, 0),
        LocalDateTime.of(2010, 10, 8, 23, 59)), "one working day in the week of the holiday");
  }

  @Test
  void aWorkingDayEndsAtTheEndOfItsLastPeriodNotAtTheNextStart() {
    WorkingTime t = on(WorkingCalendar.weekdays());
    LocalDateTime monday = LocalDateTime.of(2010, 11, 1, 9, 0);
    assertEquals(LocalDateTime.of(2010, 11, 1, 17, 30), t.plus(monday, Duration.ofHours(7)));
    assertEquals(LocalDateTime.of(2010, 11, 1, 12, 0), t.plus(monday, Duration.ofHours(3)));
    assertEquals(LocalDateTime.of(2010, 11, 1, 14, 30), t.plus(LocalDateTime.of(2010, 11, 1, 12, 45),
        Duration.ofHours(1)), "time runs from 13:30 after the lunch break");
  }

  @Test
  void badArgumentsAreRefused() {
    WorkingTime t = on(WorkingCalendar.weekdays());
    LocalDateTime now = LocalDateTime.of(2010, 11, 1, 9, 0);
    assertThrows(IllegalArgumentException.class, () -> t.between(now, now.minusMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> t.plus(now, Duration.ofMinutes(-1)));
    assertThrows(IllegalArgumentException.class, () -> t.plusWorkingDays(now.toLocalDate(), -1));
    assertThrows(IllegalArgumentException.class, () -> new WorkingTime.Pause(now, now.minusMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> HolidayCalendar.of(List.of(now.toLocalDate()),
        List.of(now.toLocalDate())));
    assertThrows(IllegalArgumentException.class, () -> new WorkingHours(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new WorkingHours(List.of(
        new WorkingHours.Period(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0)),
        new WorkingHours.Period(java.time.LocalTime.of(11, 0), java.time.LocalTime.of(13, 0)))));
    IllegalStateException never = assertThrows(IllegalStateException.class,
        () -> on(day -> false).plusWorkingDays(now.toLocalDate(), 1));
    assertFalse(never.getMessage().isBlank());
  }
}
