package org.lianfang.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.UnitId;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.internal.TextTable;
import org.lianfang.table.Table;

/**
 * Totals of the risk points in force (not retired) by unit × category × grade, and by review state (S-13: 登记汇总).
 * A point counts under its grade only while the grade is current: a grade made stale by a change of post, holder,
 * power or process (P-3, {@link GradingRecord#stale()}) no longer says what the point is, so the point counts as
 * awaiting re-grading (待重评) until it is graded again. Every point counts exactly once among the grades, ungraded and
 * awaiting re-grading, and exactly once among the review states. Immutable and thread-safe.
 *
 * @param rows one row per unit and category that has points, units in tree order, categories in S-4 order
 */
public record RiskTotals(List<Row> rows) {
  /** The table's title. */
  public static final String TITLE = "廉政风险点统计表";

  /** The review states a point in force can be in, in the order the text shows them. */
  private static final List<ReviewState> IN_FORCE = List.of(ReviewState.DRAFT, ReviewState.REVIEWED,
      ReviewState.PUBLISHED, ReviewState.CONFIRMED, ReviewState.STALE);

  /** @throws NullPointerException if rows is null */
  public RiskTotals {
    rows = List.copyOf(rows);
  }

  /**
   * One unit and category.
   *
   * @param unit the unit
   * @param unitName its name
   * @param category the category
   * @param higher graded 较高, the grade current
   * @param general graded 一般, the grade current
   * @param lower graded 较低, the grade current
   * @param ungraded not yet graded
   * @param awaitingRegrade graded, but the grade is stale (P-3): counted in no grade column
   * @param states how many points are in each review state; states without points may be left out; never
   *     {@link ReviewState#RETIRED}
   */
  public record Row(UnitId unit, String unitName, RiskCategory category, int higher, int general, int lower,
      int ungraded, int awaitingRegrade, Map<ReviewState, Integer> states) {
    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a count is negative, a state is RETIRED, or the states do not add up to
     *     the grades
     */
    public Row {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(unitName, "unitName");
      Objects.requireNonNull(category, "category");
      checkArgument(higher >= 0 && general >= 0 && lower >= 0 && ungraded >= 0 && awaitingRegrade >= 0,
          "counts are not negative");
      Map<ReviewState, Integer> copy = new EnumMap<>(ReviewState.class);
      Objects.requireNonNull(states, "states").forEach((state, n) -> {
        checkArgument(state != ReviewState.RETIRED, "retired points are not in force");
        checkArgument(n >= 0, "counts are not negative");
        if (n > 0) {
          copy.put(state, n);
        }
      });
      states = Collections.unmodifiableMap(copy);
      checkArgument(copy.values().stream().mapToInt(Integer::intValue).sum()
          == higher + general + lower + ungraded + awaitingRegrade, "every point is in one review state");
    }

    /** @return all points of the row */
    public int total() {
      return higher + general + lower + ungraded + awaitingRegrade;
    }

    /** @param state a review state @return the row's points in it */
    public int state(ReviewState state) {
      return states.getOrDefault(state, 0);
    }
  }

  /** @return all points counted */
  public int total() {
    return rows.stream().mapToInt(Row::total).sum();
  }

  /** @return points graded 较高, the grade current */
  public int higher() {
    return rows.stream().mapToInt(Row::higher).sum();
  }

  /** @return points graded 一般, the grade current */
  public int general() {
    return rows.stream().mapToInt(Row::general).sum();
  }

  /** @return points graded 较低, the grade current */
  public int lower() {
    return rows.stream().mapToInt(Row::lower).sum();
  }

  /** @param grade a grade @return points graded so, the grade current */
  public int graded(RiskGrade grade) {
    return switch (grade) {
      case HIGHER -> higher();
      case GENERAL -> general();
      case LOWER -> lower();
    };
  }

  /** @return points not yet graded */
  public int ungraded() {
    return rows.stream().mapToInt(Row::ungraded).sum();
  }

  /** @return points whose grade is stale and awaits re-grading (P-3) */
  public int awaitingRegrade() {
    return rows.stream().mapToInt(Row::awaitingRegrade).sum();
  }

  /** @param state a review state @return the points in it */
  public int state(ReviewState state) {
    return rows.stream().mapToInt(r -> r.state(state)).sum();
  }

  /** @return the points in each review state that has any, in the states' order; unmodifiable */
  public Map<ReviewState, Integer> byState() {
    Map<ReviewState, Integer> out = new EnumMap<>(ReviewState.class);
    rows.forEach(r -> r.states().forEach((s, n) -> out.merge(s, n, Integer::sum)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * @param labels the grade labels for the column headers
   * @return the totals as a table (issue 15), one row per unit and category and a 合计 row: the grade columns, 未定级
   *     (ungraded), 待重评 (the grade is stale, awaiting re-grading), 小计, then one column per review state a point in
   *     force can be in
   */
  public Table table(GradeLabels labels) {
    List<String> headers = new ArrayList<>(List.of("单位", "类别", labels.label(RiskGrade.HIGHER),
        labels.label(RiskGrade.GENERAL), labels.label(RiskGrade.LOWER), "未定级", GradeLabels.STALE_MARK, "小计"));
    IN_FORCE.forEach(s -> headers.add(s.chinese()));
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      List<String> row = new ArrayList<>(List.of(r.unitName(), r.category().chinese(),
          Integer.toString(r.higher()), Integer.toString(r.general()), Integer.toString(r.lower()),
          Integer.toString(r.ungraded()), Integer.toString(r.awaitingRegrade()), Integer.toString(r.total())));
      IN_FORCE.forEach(s -> row.add(Integer.toString(r.state(s))));
      cells.add(row);
    }
    List<String> sum = new ArrayList<>(List.of("合计", "", Integer.toString(higher()), Integer.toString(general()),
        Integer.toString(lower()), Integer.toString(ungraded()), Integer.toString(awaitingRegrade()),
        Integer.toString(total())));
    IN_FORCE.forEach(s -> sum.add(Integer.toString(state(s))));
    cells.add(sum);
    return new Table(TITLE, headers, cells);
  }

  /**
   * @param labels the grade labels for the column headers
   * @return {@link #table} as an aligned text table, without its title
   */
  public String toText(GradeLabels labels) {
    Table table = table(labels);
    TextTable t = new TextTable(30, table.headers());
    table.rows().forEach(t::add);
    return t.render();
  }
}
