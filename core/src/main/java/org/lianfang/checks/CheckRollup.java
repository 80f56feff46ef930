package org.lianfang.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.lianfang.UnitId;

/**
 * A unit's monthly checks of one month, rolled up (P-22): how many posts owe a check, how many checks were submitted
 * (and how many of those after the due day), how many are still being filled in, how many posts have none, and the
 * ratings of the submitted checks' rows. A post owes the month's check when it has a check of the month, or a measure
 * put in force by the month's due day and not retired or superseded before the month began, on one of its points not
 * retired (as the points stand when the roll-up is read). Immutable and thread-safe.
 *
 * @param unit the unit
 * @param month the month
 * @param due the last day the month's check is on time (the {@link CheckPolicy}'s)
 * @param owed posts that owe the month's check
 * @param done checks submitted (awaiting review, or reviewed)
 * @param late of those, submitted after the due day
 * @param open checks opened and not submitted (or returned)
 * @param none posts that owe the check and have none
 * @param ratings the rows of the submitted checks, by rating; every rating a key
 */
public record CheckRollup(UnitId unit, YearMonth month, LocalDate due, int owed, int done, int late, int open,
    int none, Map<CheckRating, Integer> ratings) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the counts do not add up
   */
  public CheckRollup {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(due, "due");
    Map<CheckRating, Integer> all = new EnumMap<>(CheckRating.class);
    for (CheckRating r : CheckRating.values()) {
      all.put(r, ratings.getOrDefault(r, 0));
    }
    ratings = java.util.Collections.unmodifiableMap(all);
    if (done + open + none != owed || late > done || Math.min(Math.min(late, open), none) < 0) {
      throw new IllegalArgumentException("every post owing the check has it done, open or none");
    }
  }

  /** @param asOf a day @return whether the month's check is overdue that day for the posts that have none */
  public boolean overdue(LocalDate asOf) {
    return asOf.isAfter(due) && none + open > 0;
  }
}
