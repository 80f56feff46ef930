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
 *
 * <p>A cross-area rule: the organization and process handlers call it in their own transaction to mark risk points
 * stale. It is to become a reaction of the risk area to the organization and process events, so that those areas no
 * longer write risk points.
 */
public final class Staleness {
  private Staleness() {}

  /**
   * @param s the command's session
   * @param points the points touched; {@link RiskPoint#markStale} decides what changes for each
   * @param cause why, in Chinese and English, for the points' history
   */
  public static void mark(Session s, List<RiskPoint> points, String cause) {
    for (RiskPoint p : points) {
      p.markStale(s.actor().id(), s.now(), cause).ifPresent(c -> s.store().riskPoints().update(s.record(c)));
    }
  }

  /**
   * Marks the points of a unit that a change to some of its posts touches: those on the posts, those at the given
   * steps, and the unit-wide ones, which are graded on all the unit's posts together.
   *
   * @param s the command's session
   * @param unit the unit
   * @param posts the posts changed
   * @param steps the process steps changed
   * @param cause why, in Chinese and English, for the points' history
   */
  public static void markAround(Session s, UnitId unit, Set<PostId> posts, Set<StepRef> steps, String cause) {
    mark(s, s.store().riskPoints().inUnit(unit).stream()
        .filter(r -> r.location().isUnitWide()
            || r.location().post().filter(posts::contains).isPresent()
            || r.location().step().filter(steps::contains).isPresent())
        .toList(), cause);
  }
}
