package org.lianfang.monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are working days, for deadlines counted in working days and working time (P-19, P-20): a report is
 * forwarded within 5 working days, an e-supervision case's limit runs in working hours. Weekends and official holidays
 * are off, and make-up working days (调休) are on. China's official list changes every year by a State Council
 * notice, so Lianfang does not ship it. The host feeds the year's list into {@link HolidayCalendar}, or implements this
 * interface over its own calendar service.
 *
 * <p>Contract: a pure function of the day, the same answer every time; thread-safe.
 */
public interface WorkingCalendar {
  /** @param day a day @return whether it is a working day */
  boolean isWorkingDay(LocalDate day);

  /** @return Monday to Friday, with no holidays: what a calendar is before the year's list is fed in */
  static WorkingCalendar weekdays() {
    return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
