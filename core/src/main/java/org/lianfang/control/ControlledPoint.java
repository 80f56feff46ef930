package org.lianfang.control;

import java.util.List;
import java.util.Objects;
import org.lianfang.grading.RiskGrade;
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
