package org.lianfang.application.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.UnitReferences;
import org.lianfang.organization.UnitsOf;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * Whom and what a record of the third line or the checks concerns (a warning, a rectification item, a report, a
 * check): its post, its officials and its risk points must be its unit's. Stateless.
 */
public final class Concerned {
  private Concerned() {}

  /**
   * @param s the command's session
   * @param unit the record's unit
   * @param points the points it names
   * @return a refusal naming the first that is named twice, is not the unit's (or does not exist: one answer for
   *     both, issue 10, finding 12) or is retired; empty if every one is fine
   */
  public static Optional<Refusal> points(Session s, UnitId unit, List<RiskPointId> points) {
    if (points.stream().distinct().count() != points.size()) {
      return Optional.of(Refusals.invalid("points", "Distinct", "涉及风险点", "risk points concerned",
          "同一风险点只能列一次", "each risk point is named once"));
    }
    Map<RiskPointId, RiskPoint> found = s.store().riskPoints().findAll(points);
    for (int i = 0; i < points.size(); i++) {
      RiskPoint p = found.get(points.get(i));
      if (p == null || !p.location().unit().equals(unit)) {
        return Optional.of(Refusals.invalid("points[" + i + "]", "SameUnit", "涉及风险点", "risk point concerned",
            "本单位没有该风险点", "no such risk point in the unit"));
      }
      if (p.state() == ReviewState.RETIRED) {
        return Optional.of(Refusals.invalid("points[" + i + "]", "NotRetired", "涉及风险点", "risk point concerned",
            "风险点 " + p.code() + " 已撤销", "risk point " + p.code() + " is retired"));
      }
    }
    return Optional.empty();
  }

  /**
   * @param s the command's session
   * @param unit the record's unit
   * @param post one of the unit's posts, if the record names one
   * @param officials officials of the unit or a unit above it (P-1)
   * @return a refusal naming the first official or the post that is not so; empty if every one is fine
   */
  public static Optional<Refusal> people(Session s, UnitId unit, Optional<PostId> post, List<OfficialId> officials) {
    UnitsOf homes = s.store().unitsOf(post, officials);
    List<UnitId> path = s.path(unit);
    for (OfficialId o : officials) {
      Optional<Refusal> refused = UnitReferences.officialIn(path, o, Optional.ofNullable(homes.officials().get(o)));
      if (refused.isPresent()) {
        return refused;
      }
    }
    return post.isPresent() ? UnitReferences.postIn(unit, post.get(), homes.post()) : Optional.empty();
  }
}
