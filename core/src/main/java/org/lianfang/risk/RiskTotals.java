package org.lianfang.risk;

import java.util.List;
import java.util.Objects;
import org.lianfang.UnitId;
import org.lianfang.grading.GradeLabels;
import org.lianfang.internal.TextTable;

/**
 * Totals of the risk points in force (not retired) by unit × category × grade (S-13: 登记汇总). Immutable and
 * thread-safe.
 *
 * @param rows one row per unit and category that has points, units in tree order, categories in S-4 order
 */
public record RiskTotals(List<Row> rows) {
  /** @throws NullPointerException if rows is null */
  public RiskTotals {
    rows = List.copyOf(rows);
  }

  /**
   * @param unit the unit
   * @param unitName its name
   * @param category the category
   * @param higher graded 较高
   * @param general graded 一般
   * @param lower graded 较低
   * @param ungraded not yet graded
   */
  public record Row(UnitId unit, String unitName, RiskCategory category, int higher, int general, int lower,
      int ungraded) {
    /** @throws NullPointerException if a part is null */
    public Row {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(unitName, "unitName");
      Objects.requireNonNull(category, "category");
    }

    /** @return all points of the row */
    public int total() {
      return higher + general + lower + ungraded;
    }
  }

  /** @return all points counted */
  public int total() {
    return rows.stream().mapToInt(Row::total).sum();
  }

  /** @return points graded 较高 */
  public int higher() {
    return rows.stream().mapToInt(Row::higher).sum();
  }

  /** @return points graded 一般 */
  public int general() {
    return rows.stream().mapToInt(Row::general).sum();
  }

  /** @return points graded 较低 */
  public int lower() {
    return rows.stream().mapToInt(Row::lower).sum();
  }

  /** @return points not yet graded */
  public int ungraded() {
    return rows.stream().mapToInt(Row::ungraded).sum();
  }

  /** @param labels the grade labels for the column headers @return an aligned text table with a 合计 row */
  public String toText(GradeLabels labels) {
    TextTable t = new TextTable(30, List.of("单位", "类别",
        labels.label(org.lianfang.grading.RiskGrade.HIGHER), labels.label(org.lianfang.grading.RiskGrade.GENERAL),
        labels.label(org.lianfang.grading.RiskGrade.LOWER), "未定级", "小计"));
    for (Row r : rows) {
      t.add(List.of(r.unitName(), r.category().chinese(), Integer.toString(r.higher()), Integer.toString(r.general()),
          Integer.toString(r.lower()), Integer.toString(r.ungraded()), Integer.toString(r.total())));
    }
    t.add(List.of("合计", "", Integer.toString(higher()), Integer.toString(general()), Integer.toString(lower()),
        Integer.toString(ungraded()), Integer.toString(total())));
    return t.render();
  }
}
