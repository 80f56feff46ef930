package org.lianfang.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.risk.PointStanding;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * A confirmed risk point as the control policies see it: its inherent grade, whether it lies on a principal leader's
 * post or concerns 三重一大 matters (S-14's emphasis), and the measures that control it. Immutable and thread-safe.
 *
 * @param point the risk point
 * @param inherent its grade before control (S-6)
 * @param principalLeaderPost whether it is on the post of a unit's principal leader (主要领导)
 * @param majorMatters whether it concerns 三重一大 matters
 * @param measures the measures that control it, in any state; others given are left out
 */
public record ControlledPoint(RiskPointId point, RiskGrade inherent, boolean principalLeaderPost,
    boolean majorMatters, List<ControlMeasure> measures) {
  /** @throws NullPointerException if a part is null */
  public ControlledPoint {
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(inherent, "inherent");
    measures = measures.stream().filter(m -> m.controls(point)).toList();
  }

  /**
   * A risk point as the control policies judge it: graded, at its grade; not graded, as the highest, the most
   * demanding; on its post's profile (a point on no post, or on a post not given, is on an ordinary one).
   *
   * @param point the risk point
   * @param profiles the profiles of its unit's posts
   * @param measures measures of its unit, those that control it kept
   * @return the point as coverage and the residual grade see it
   */
  public static ControlledPoint of(RiskPoint point, Map<PostId, PostProfile> profiles, List<ControlMeasure> measures) {
    return of(PointStanding.of(point), profiles, measures);
  }

  /**
   * As {@link #of(RiskPoint, Map, List)}, on where the point stands: its grade and its post are all that is read.
   *
   * @param point where a risk point stands
   * @param profiles the profiles of its unit's posts
   * @param measures measures of its unit, those that control it kept
   * @return the point as coverage and the residual grade see it
   */
  public static ControlledPoint of(PointStanding point, Map<PostId, PostProfile> profiles,
      List<ControlMeasure> measures) {
    PostProfile profile = point.post().map(profiles::get).orElse(null);
    return new ControlledPoint(point.id(), point.grade().orElse(RiskGrade.HIGHER),
        profile != null && profile.principalLeader(), profile != null && profile.majorMatters(), measures);
  }

  /** @return the measures in force, those coverage and the residual grade count */
  public List<ControlMeasure> inForce() {
    return measures.stream().filter(ControlMeasure::inForce).toList();
  }

  /** @param phase a phase @return whether a measure in force acts in it */
  public boolean inForceIn(ControlPhase phase) {
    return inForce().stream().anyMatch(m -> m.plan().phase() == phase);
  }

  /** @param line a defense line @return whether a measure in force is on it */
  public boolean inForceOn(DefenseLine line) {
    return inForce().stream().anyMatch(m -> m.plan().line() == line);
  }
}
