package org.lianfang.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock tests move by hand. Thread-safe. */
public final class MutableClock extends Clock {
  /** The zone of the seed's city. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final ZoneId zone;
  private volatile Instant now;

  private MutableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** @param day a day @return a clock at 09:00 that day in Asia/Shanghai */
  public static MutableClock at(LocalDate day) {
    return new MutableClock(day.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
  }

  /** @param d how far to move @return this */
  public MutableClock advance(Duration d) {
    now = now.plus(d);
    return this;
  }

  /** @param day a day @return this, moved to 09:00 that day */
  public MutableClock setDay(LocalDate day) {
    now = day.atTime(9, 0).atZone(zone).toInstant();
    return this;
  }

  /** @return the current day in the clock's zone */
  public LocalDate today() {
    return LocalDate.ofInstant(now, zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new MutableClock(now, z);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
