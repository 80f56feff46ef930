package org.lianfang.control;

import java.util.List;
import java.util.Objects;
import org.lianfang.UnitId;
import org.lianfang.risk.RiskPointId;

/**
 * One point of a coverage report (P-14): what its control lacks under the instance's {@link CoveragePolicy} and the
 * grade its measures in force leave it under the {@link ResidualGradingPolicy}. Immutable and thread-safe.
 *
 * @param unit the point's unit
 * @param unitName its name
 * @param riskPoint the point
 * @param code its code
 * @param postName its post, or 部门风险
 * @param principalLeaderPost whether it is on a principal leader's post (S-14)
 * @param majorMatters whether its post decides 三重一大 matters (S-14)
 * @param inForce how many measures in force control it
 * @param gaps what its control lacks, empty when covered
 * @param residual the grade its measures in force leave it, with the rules that fired
 * @param stale whether the point is stale (P-3): its facts changed, so its coverage is to be judged again when it is
 *     reviewed
 */
public record PointCoverage(UnitId unit, String unitName, RiskPointId riskPoint, String code, String postName,
    boolean principalLeaderPost, boolean majorMatters, int inForce, List<CoverageGap> gaps, ResidualGrade residual,
    boolean stale) {
  /** @throws NullPointerException if a part is null */
  public PointCoverage {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(riskPoint, "riskPoint");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(postName, "postName");
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(residual, "residual");
  }

  /** @return whether its control lacks nothing and its facts have not changed since */
  public boolean covered() {
    return gaps.isEmpty() && !stale;
  }

  /** @return whether S-14 singles it out: a principal leader's post or 三重一大 matters */
  public boolean singledOut() {
    return principalLeaderPost || majorMatters;
  }
}
