package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When the tick reminds of a deadline (ARCHITECTURE.md decision 5): on the days before it the policy names (by default
 * 7, 3 and 1 [G]) and on the day after it, once it is overdue, each at the start of the day in the host's zone.
 * Immutable and thread-safe.
 *
 * @param daysBefore the days before a deadline to remind on, each 1 to 365, distinct; may be empty
 */
public record ReminderPolicy(List<Integer> daysBefore) {
  /**
   * @throws NullPointerException if the list or a day is null
   * @throws IllegalArgumentException if a day is out of range or named twice
   */
  public ReminderPolicy {
    TreeSet<Integer> days = new TreeSet<>(daysBefore);
    checkArgument(days.size() == daysBefore.size(), "a day before is named once: %s", daysBefore);
    daysBefore = List.copyOf(days.descendingSet());
    checkArgument(daysBefore.stream().allMatch(d -> d >= 1 && d <= 365), "days before are 1 to 365");
  }

  /** @return reminders 7, 3 and 1 days before, as the issue asks [G] */
  public static ReminderPolicy standard() {
    return new ReminderPolicy(List.of(7, 3, 1));
  }

  /**
   * @param due the last day
   * @param zone the host's zone
   * @return the instants to alert at, in order: the reminders, then the day after the last day (overdue)
   */
  public List<Instant> alerts(LocalDate due, ZoneId zone) {
    List<Instant> all = new ArrayList<>(daysBefore.size() + 1);
    for (int d : daysBefore) {
      all.add(due.minusDays(d).atStartOfDay(zone).toInstant());
    }
    all.add(due.plusDays(1).atStartOfDay(zone).toInstant());
    return all;
  }

  /**
   * @param due the last day
   * @param zone the host's zone
   * @param after an instant
   * @return the first alert after it, if any is left
   */
  public Optional<Instant> nextAfter(LocalDate due, ZoneId zone, Instant after) {
    return alerts(due, zone).stream().filter(a -> a.isAfter(after)).findFirst();
  }

  /**
   * @param due the last day
   * @param zone the host's zone
   * @param from the first instant the alerts are looked for at (inclusive)
   * @param asOf the tick's instant (inclusive)
   * @return the latest alert in that span, if any: a tick that comes late sends only what is true now
   */
  public Optional<Instant> latestBetween(LocalDate due, ZoneId zone, Instant from, Instant asOf) {
    Optional<Instant> latest = Optional.empty();
    for (Instant a : alerts(due, zone)) {
      if (!a.isBefore(from) && !a.isAfter(asOf)) {
        latest = Optional.of(a);
      }
    }
    return latest;
  }
}
