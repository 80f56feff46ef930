package org.lianfang.control;

import java.util.ArrayList;
import java.util.List;
import org.lianfang.grading.RiskGrade;

/**
 * Gives a confirmed point the grade its measures in force leave it, with the rules that fired; never above the
 * inherent grade, and putting one more measure in force never raises it. Form 2 can show it beside the inherent
 * grade. Implementations must be stateless and thread-safe.
 */
public interface ResidualGradingPolicy {
  /** @param point a confirmed point and its measures @return its residual grade */
  ResidualGrade residual(ControlledPoint point);

  /**
   * The default [G] (no source fixes one): each rule of {@link ResidualRule} that holds lowers the inherent grade by
   * one step, down to 较低 at most — {@link ResidualRule#ALL_THREE_LINES} when measures in force stand on all three
   * lines, {@link ResidualRule#MONITORED_BY_INDICATOR} when a 中期监控 measure in force has an indicator. So a 较高 point
   * educated against, regulated, watched and measured is 较低; with no measure in force a point keeps its grade.
   *
   * @return the policy
   */
  static ResidualGradingPolicy standard() {
    return point -> {
      List<ResidualRule> fired = new ArrayList<>();
      if (point.inForceOn(DefenseLine.EDUCATION) && point.inForceOn(DefenseLine.POWER_REGULATION)
          && point.inForceOn(DefenseLine.SUPERVISION)) {
        fired.add(ResidualRule.ALL_THREE_LINES);
      }
      if (point.inForce().stream().anyMatch(m -> m.plan().phase() == ControlPhase.MONITORING
          && m.plan().indicator().isPresent())) {
        fired.add(ResidualRule.MONITORED_BY_INDICATOR);
      }
      int grade = Math.max(RiskGrade.LOWER.ordinal(), point.inherent().ordinal() - fired.size());
      return new ResidualGrade(RiskGrade.values()[grade], fired);
    };
  }
}
