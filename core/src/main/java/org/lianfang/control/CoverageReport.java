package org.lianfang.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lianfang.grading.GradeLabels;
import org.lianfang.table.Table;

/**
 * The coverage of a unit's, or a subtree's, confirmed points (P-14): each point with what its control lacks and its
 * residual grade; stale points (P-3) are listed with their coverage marked stale. Immutable and thread-safe.
 *
 * @param asOf the day it shows
 * @param points the points, unit by unit in the subtree's order, each unit's in id order
 */
public record CoverageReport(LocalDate asOf, List<PointCoverage> points) {
  /** The report's table title. */
  public static final String TITLE = "防控措施覆盖情况表";

  /** @throws NullPointerException if a part is null */
  public CoverageReport {
    Objects.requireNonNull(asOf, "asOf");
    points = List.copyOf(points);
  }

  /** @return the points whose control lacks something, or whose coverage is stale */
  public List<PointCoverage> uncovered() {
    return points.stream().filter(p -> !p.covered()).toList();
  }

  /**
   * @param labels the labels of the grades
   * @return it as a table (issue 15), one row per point: the unit, the code, the post, whether S-14 singles it out,
   *     the measures in force, the residual grade, what its control lacks (empty when covered) and whether it is stale
   */
  public Table table(GradeLabels labels) {
    List<List<String>> rows = new ArrayList<>();
    for (PointCoverage p : points) {
      String singled = (p.principalLeaderPost() ? "主要领导岗位" : "") + (p.principalLeaderPost() && p.majorMatters()
          ? "、" : "") + (p.majorMatters() ? "三重一大" : "");
      rows.add(List.of(p.unitName(), p.code(), p.postName(), singled, Integer.toString(p.inForce()),
          labels.label(p.residual().grade()), p.gaps().stream().map(CoverageGap::chinese)
              .collect(Collectors.joining("；")), p.stale() ? "待复核" : ""));
    }
    return new Table(TITLE + "（" + asOf + "）", List.of("单位", "风险点编号", "岗位", "重点（S-14）", "在用措施",
        "剩余等级", "尚缺", "状态"), rows);
  }

  /** @return the points S-14 singles out: principal leaders' posts and 三重一大 matters */
  public List<PointCoverage> singledOut() {
    return points.stream().filter(PointCoverage::singledOut).toList();
  }
}
