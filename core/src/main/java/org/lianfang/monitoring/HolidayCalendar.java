package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

/**
 * The default {@link WorkingCalendar}: Monday to Friday, less the official holidays (放假), plus the make-up working
 * days (调休) on which a weekend day is worked, as the State Council's yearly notice lists them. Immutable and
 * thread-safe.
 */
public final class HolidayCalendar implements WorkingCalendar {
  private final ImmutableSortedSet<LocalDate> holidays;
  private final ImmutableSortedSet<LocalDate> makeUpWorkingDays;

  private HolidayCalendar(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays) {
    this.holidays = ImmutableSortedSet.copyOf(holidays);
    this.makeUpWorkingDays = ImmutableSortedSet.copyOf(makeUpWorkingDays);
  }

  /**
   * @param holidays the days off by the official list, weekends among them or not
   * @param makeUpWorkingDays the weekend days worked instead (调休)
   * @return the calendar
   * @throws NullPointerException if a collection or a day is null
   * @throws IllegalArgumentException if a day is in both lists
   */
  public static HolidayCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays) {
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(makeUpWorkingDays, "makeUpWorkingDays");
    HolidayCalendar c = new HolidayCalendar(holidays, makeUpWorkingDays);
    Set<LocalDate> both = Sets.intersection(c.holidays, c.makeUpWorkingDays);
    checkArgument(both.isEmpty(), "a day is both a holiday and a make-up working day: %s", both);
    return c;
  }

  /** @return the holidays, in order */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /** @return the make-up working days, in order */
  public SortedSet<LocalDate> makeUpWorkingDays() {
    return makeUpWorkingDays;
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    if (makeUpWorkingDays.contains(day)) {
      return true;
    }
    return !holidays.contains(day) && WorkingCalendar.weekdays().isWorkingDay(day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidayCalendar c && holidays.equals(c.holidays)
        && makeUpWorkingDays.equals(c.makeUpWorkingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holidays, makeUpWorkingDays);
  }

  @Override
  public String toString() {
    return "HolidayCalendar[holidays=" + holidays.size() + ", makeUpWorkingDays=" + makeUpWorkingDays.size() + "]";
  }
}
