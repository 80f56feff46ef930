package org.lianfang.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.checks.CheckRollup;
import org.lianfang.table.Table;

/**
 * The monthly checks' compliance per unit and month (issue 15, S-10, P-22) as an HTML grid: a row per unit, a column
 * per month, each cell the checks submitted of those owed (and how many late), classed {@code ok} (all submitted on
 * time), {@code late} (all submitted, some late), {@code missing} (some not submitted, and the month overdue that
 * day), or {@code none} (nothing owed, or not yet due); {@link HtmlReport#STYLE} colours them. Stateless.
 */
public final class ComplianceGrid {
  private ComplianceGrid() {}

  /**
   * @param rollups the roll-ups, one per unit and month, units in the order to show them
   * @param unitName each unit's name
   * @param asOf the day shown, which says whether a month is overdue
   * @return the grid, with a caption that says what the cells mean
   */
  public static Html of(List<CheckRollup> rollups, Function<UnitId, String> unitName, LocalDate asOf) {
    Map<UnitId, Map<YearMonth, CheckRollup>> byUnit = new LinkedHashMap<>();
    TreeSet<YearMonth> months = new TreeSet<>();
    for (CheckRollup r : rollups) {
      byUnit.computeIfAbsent(r.unit(), u -> new HashMap<>()).put(r.month(), r);
      months.add(r.month());
    }
    List<String> headers = new ArrayList<>(List.of("单位"));
    months.forEach(m -> headers.add(m.toString()));
    List<List<String>> rows = new ArrayList<>();
    List<List<String>> classes = new ArrayList<>();
    for (Map.Entry<UnitId, Map<YearMonth, CheckRollup>> unit : byUnit.entrySet()) {
      List<String> row = new ArrayList<>(List.of(unitName.apply(unit.getKey())));
      List<String> css = new ArrayList<>(List.of(""));
      for (YearMonth m : months) {
        CheckRollup r = unit.getValue().get(m);
        row.add(r == null ? "—" : r.done() + "/" + r.owed() + (r.late() > 0 ? "（逾期 " + r.late() + "）" : ""));
        css.add(r == null ? "none" : cellClass(r, asOf));
      }
      rows.add(row);
      classes.add(css);
    }
    Table t = new Table(CheckRollup.TITLE + "：已提交/应查岗位（" + asOf + "；绿 按时，黄 有逾期提交，红 未查已逾期）", headers,
        rows);
    return Html.table(t, (r, c) -> Optional.of(classes.get(r).get(c)).filter(x -> !x.isEmpty()));
  }

  /**
   * @param r a roll-up
   * @param asOf the day shown
   * @return its cell's class: {@code ok}, {@code late}, {@code missing} or {@code none}
   */
  public static String cellClass(CheckRollup r, LocalDate asOf) {
    if (r.owed() == 0) {
      return "none";
    }
    if (r.done() < r.owed()) {
      return r.overdue(asOf) ? "missing" : "none";
    }
    return r.late() > 0 ? "late" : "ok";
  }
}
