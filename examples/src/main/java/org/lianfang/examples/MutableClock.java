package org.lianfang.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the walk-through moves it on to a later day, so that an example can live through
 * the dates of the seed's timetable (S-16) in a few milliseconds. Lianfang reads time only from the {@link Clock} it
 * is built with, never from {@code now()}, so this is all an example needs to make a notice period end.
 *
 * <p>Each day starts at 09:00 in the clock's zone. Time never goes back. Thread-safe; clocks returned by
 * {@link #withZone(ZoneId)} share the same time.
 */
public final class MutableClock extends Clock {
  private static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * @param day the first day
   * @param zone the zone that decides what day it is
   * @return a clock standing at 09:00 on that day
   */
  public static MutableClock startingOn(LocalDate day, ZoneId zone) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(zone, "zone");
    return new MutableClock(new AtomicReference<>(day.atTime(OFFICE_OPENS).atZone(zone).toInstant()), zone);
  }

  /**
   * Moves the clock on to 09:00 of a day.
   *
   * @param day the day; not before today
   * @throws IllegalArgumentException if the day is before today
   */
  public void advanceTo(LocalDate day) {
    Objects.requireNonNull(day, "day");
    Instant next = day.atTime(OFFICE_OPENS).atZone(zone).toInstant();
    Instant before = now.getAndUpdate(current -> next.isBefore(current) ? current : next);
    if (next.isBefore(before)) {
      throw new IllegalArgumentException("the clock does not go back: " + day + " is before " + today());
    }
  }

  /** @return the day it is in the clock's zone */
  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new MutableClock(now, Objects.requireNonNull(newZone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
