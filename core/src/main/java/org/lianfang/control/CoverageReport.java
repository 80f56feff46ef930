package org.lianfang.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The coverage of a unit's, or a subtree's, confirmed points (P-14): each point with what its control lacks and its
 * residual grade; stale points (P-3) are listed with their coverage marked stale. Immutable and thread-safe.
 *
 * @param asOf the day it shows
 * @param points the points, unit by unit in the subtree's order, each unit's in id order
 */
public record CoverageReport(LocalDate asOf, List<PointCoverage> points) {
  /** @throws NullPointerException if a part is null */
  public CoverageReport {
    Objects.requireNonNull(asOf, "asOf");
    points = List.copyOf(points);
  }

  /** @return the points whose control lacks something, or whose coverage is stale */
  public List<PointCoverage> uncovered() {
    return points.stream().filter(p -> !p.covered()).toList();
  }

  /** @return the points S-14 singles out: principal leaders' posts and 三重一大 matters */
  public List<PointCoverage> singledOut() {
    return points.stream().filter(PointCoverage::singledOut).toList();
  }
}
