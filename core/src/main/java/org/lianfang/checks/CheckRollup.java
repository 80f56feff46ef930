package org.lianfang.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.table.Table;

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
  /** The roll-ups' table title. */
  public static final String TITLE = "月查汇总表";

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

  /**
   * @param rollups roll-ups, in the order to show them
   * @param unitName the name of each roll-up's unit
   * @param asOf the day the table shows, which says whether a month is overdue
   * @return them as a table (issue 15), one row per roll-up: the unit, the month, its due day, the posts owing the
   *     check, submitted (and of those late), being filled in, none, whether overdue that day, then the rows of each
   *     rating
   */
  public static Table table(List<CheckRollup> rollups, Function<UnitId, String> unitName, LocalDate asOf) {
    List<String> headers = new ArrayList<>(List.of("单位", "月份", "应查截止日", "应查岗位", "已提交", "其中逾期提交",
        "填报中", "未开展", "是否逾期"));
    for (CheckRating r : CheckRating.values()) {
      headers.add(r.chinese());
    }
    List<List<String>> rows = new ArrayList<>();
    for (CheckRollup c : rollups) {
      List<String> row = new ArrayList<>(List.of(unitName.apply(c.unit()), c.month().toString(), c.due().toString(),
          Integer.toString(c.owed()), Integer.toString(c.done()), Integer.toString(c.late()),
          Integer.toString(c.open()), Integer.toString(c.none()), c.overdue(asOf) ? "是" : "否"));
      for (CheckRating r : CheckRating.values()) {
        row.add(Integer.toString(c.ratings().get(r)));
      }
      rows.add(row);
    }
    return new Table(TITLE + "（" + asOf + "）", headers, rows);
  }

  /** @param asOf a day @return whether the month's check is overdue that day for the posts that have none */
  public boolean overdue(LocalDate asOf) {
    return asOf.isAfter(due) && none + open > 0;
  }
}
