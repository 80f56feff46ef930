package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Deadlines and elapsed time counted in working days and working hours (P-19, P-20): a report forwarded within 5
 * working days, an e-supervision case's promised limit in working hours with its pauses left out. Times are local
 * times of the unit's zone; the host's clock zone turns instants into them. Immutable and thread-safe.
 */
public final class WorkingTime {
  /** How far a search for the next working day goes before it decides the calendar has none: two years. */
  static final int SEARCH_DAYS = 732;

  private final WorkingCalendar calendar;
  private final WorkingHours hours;
  /** A working day's working time, summed once: every day of a span adds it. */
  private final Duration perDay;

  private WorkingTime(WorkingCalendar calendar, WorkingHours hours) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.hours = Objects.requireNonNull(hours, "hours");
    this.perDay = hours.perDay();
  }

  /**
   * @param calendar which days are worked
   * @param hours the periods of a working day
   * @return working time on them
   */
  public static WorkingTime of(WorkingCalendar calendar, WorkingHours hours) {
    return new WorkingTime(calendar, hours);
  }

  /** @return the working hours of a working day */
  public WorkingHours hours() {
    return hours;
  }

  /**
   * A stretch of time in which a case's clock stops (P-20: a step paused for the applicant's supplement).
   *
   * @param from when it starts
   * @param to when it ends, not before the start
   */
  public record Pause(LocalDateTime from, LocalDateTime to) {
    /**
     * @throws NullPointerException if a time is null
     * @throws IllegalArgumentException if it ends before it starts
     */
    public Pause {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      checkArgument(!to.isBefore(from), "a pause ends after it starts: %s–%s", from, to);
    }
  }

  /**
   * @param day a day
   * @param n how many working days after it, 0 or more
   * @return the {@code n}-th working day after {@code day} (P-19: "within 5 working days" of a report received that
   *     day ends with the fifth); {@code day} itself for 0
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws IllegalStateException if the calendar has no working day in two years
   */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    checkArgument(n >= 0, "working days to add must not be negative: %s", n);
    LocalDate d = day;
    for (int left = n; left > 0; left--) {
      d = nextWorkingDay(d);
    }
    return d;
  }

  /**
   * @param from when the clock starts
   * @param to when it is read, not before {@code from}
   * @return the working time between them
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Duration between(LocalDateTime from, LocalDateTime to) {
    checkArgument(!to.isBefore(from), "working time is counted forwards: %s to %s", from, to);
    if (from.toLocalDate().equals(to.toLocalDate())) {
      return calendar.isWorkingDay(from.toLocalDate())
          ? hours.before(to.toLocalTime()).minus(hours.before(from.toLocalTime())) : Duration.ZERO;
    }
    Duration d = Duration.ZERO;
    if (calendar.isWorkingDay(from.toLocalDate())) {
      d = d.plus(perDay.minus(hours.before(from.toLocalTime())));
    }
    for (LocalDate day = from.toLocalDate().plusDays(1); day.isBefore(to.toLocalDate()); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        d = d.plus(perDay);
      }
    }
    if (calendar.isWorkingDay(to.toLocalDate())) {
      d = d.plus(hours.before(to.toLocalTime()));
    }
    return d;
  }

  /**
   * @param from when the clock starts
   * @param to when it is read, not before {@code from}
   * @param pauses when the clock stood still, in any order, overlapping or not, inside the span or not
   * @return the working time between them outside every pause (P-20: pauses excluded)
   */
  public Duration between(LocalDateTime from, LocalDateTime to, Collection<Pause> pauses) {
    Duration d = between(from, to);
    for (Pause p : merged(pauses)) {
      LocalDateTime start = p.from().isAfter(from) ? p.from() : from;
      LocalDateTime end = p.to().isBefore(to) ? p.to() : to;
      if (end.isAfter(start)) {
        d = d.minus(between(start, end));
      }
    }
    return d;
  }

  /**
   * @param from when the clock starts
   * @param working working time, zero or more
   * @return the first moment at which that much working time has run since {@code from}: a limit of 7 working hours
   *     from 9:00 on a working day ends at 17:30 that day, not at 9:00 the next
   * @throws IllegalArgumentException if {@code working} is negative
   * @throws IllegalStateException if the calendar has no working day in two years
   */
  public LocalDateTime plus(LocalDateTime from, Duration working) {
    checkArgument(!working.isNegative(), "working time to add must not be negative: %s", working);
    if (working.isZero()) {
      return from;
    }
    LocalDate day = from.toLocalDate();
    Duration done = calendar.isWorkingDay(day) ? hours.before(from.toLocalTime()) : perDay;
    Duration left = working;
    while (true) {
      Duration today = perDay.minus(done);
      if (left.compareTo(today) <= 0 && !today.isZero()) {
        return day.atTime(hours.after(done.plus(left)));
      }
      left = left.minus(today);
      day = nextWorkingDay(day);
      done = Duration.ZERO;
    }
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    LocalDate d = day;
    for (int i = 0; i < SEARCH_DAYS; i++) {
      d = d.plusDays(1);
      if (calendar.isWorkingDay(d)) {
        return d;
      }
    }
    throw new IllegalStateException("the working calendar has no working day in the two years after " + day);
  }

  /** Pauses merged where they overlap or touch, in order. */
  private static List<Pause> merged(Collection<Pause> pauses) {
    List<Pause> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing(Pause::from));
    List<Pause> out = new ArrayList<>();
    for (Pause p : sorted) {
      Pause last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !p.from().isAfter(last.to())) {
        out.set(out.size() - 1, new Pause(last.from(), p.to().isAfter(last.to()) ? p.to() : last.to()));
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
