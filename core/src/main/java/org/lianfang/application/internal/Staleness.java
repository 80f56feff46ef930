package org.lianfang.application.internal;

import java.util.List;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.StepRef;
import org.lianfang.risk.RiskPoint;

/**
 * P-3: when a post, power item or process changes, the risk points on it must be re-reviewed and re-graded. What
 * counts as "on it": points on the post, tied to the power item, at a step of the process or a step exercising the
 * power, and the unit's unit-wide points, whose grade rests on all its posts.
 */
public final class Staleness {
  private Staleness() {}

  public static void mark(Session s, List<RiskPoint> points, String cause) {
    for (RiskPoint p : points) {
      p.markStale(s.actor().id(), s.now(), cause).ifPresent(c -> s.store().riskPoints().update(s.record(c)));
    }
  }

  /**
   * Marks the points of a unit that a change to some of its posts touches: those on the posts, those at the given
   * steps, and the unit-wide ones, which are graded on all the unit's posts together.
   */
  public static void markAround(Session s, UnitId unit, Set<PostId> posts, Set<StepRef> steps, String cause) {
    mark(s, s.store().riskPoints().inUnit(unit).stream()
        .filter(r -> r.location().isUnitWide()
            || r.location().post().filter(posts::contains).isPresent()
            || r.location().step().filter(steps::contains).isPresent())
        .toList(), cause);
  }
}
