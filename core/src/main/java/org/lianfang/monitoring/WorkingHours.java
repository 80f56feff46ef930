package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The periods of a working day in which working time runs (P-20): by default 9:00–12:00 and 13:30–17:30, as the
 * e-supervision systems count (`docs/decisions.md`, "Working time"). Immutable and thread-safe.
 *
 * @param periods the day's periods, in order, none empty, none overlapping
 */
public record WorkingHours(List<Period> periods) {
  /**
   * One period of a working day.
   *
   * @param start when it begins
   * @param end when it ends, after the start
   */
  public record Period(LocalTime start, LocalTime end) {
    /**
     * @throws NullPointerException if a time is null
     * @throws IllegalArgumentException if the end is not after the start
     */
    public Period {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      checkArgument(end.isAfter(start), "a working period ends after it starts: %s–%s", start, end);
    }

    /** @return its length */
    public Duration length() {
      return Duration.between(start, end);
    }
  }

  /**
   * @throws NullPointerException if the list or a period is null
   * @throws IllegalArgumentException if there is no period, or one starts before the one before ends
   */
  public WorkingHours {
    periods = List.copyOf(periods);
    checkArgument(!periods.isEmpty(), "a working day has at least one working period");
    for (int i = 1; i < periods.size(); i++) {
      checkArgument(!periods.get(i).start().isBefore(periods.get(i - 1).end()),
          "working periods are in order and do not overlap: %s", periods);
    }
  }

  /** @return 9:00–12:00 and 13:30–17:30, seven hours */
  public static WorkingHours standard() {
    return new WorkingHours(List.of(new Period(LocalTime.of(9, 0), LocalTime.of(12, 0)),
        new Period(LocalTime.of(13, 30), LocalTime.of(17, 30))));
  }

  /** @return the working time of one working day */
  public Duration perDay() {
    return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
  }

  /** @param t a time of day @return the working time of a working day before it */
  Duration before(LocalTime t) {
    Duration d = Duration.ZERO;
    for (Period p : periods) {
      if (!t.isAfter(p.start())) {
        break;
      }
      d = d.plus(Duration.between(p.start(), t.isBefore(p.end()) ? t : p.end()));
    }
    return d;
  }

  /**
   * @param worked working time into a working day, more than zero and at most {@link #perDay()}
   * @return the time of day when that much has been worked: the end of a period rather than the next one's start
   */
  LocalTime after(Duration worked) {
    Duration left = worked;
    for (Period p : periods) {
      if (left.compareTo(p.length()) <= 0) {
        return p.start().plus(left);
      }
      left = left.minus(p.length());
    }
    throw new IllegalArgumentException("more than a working day: " + worked);
  }
}
