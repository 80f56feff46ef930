package org.lianfang.control;

import java.util.ArrayList;
import java.util.List;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.grading.RiskGrade;

/**
 * Says what a confirmed point's control lacks (P-14). Each gap is judged on the measures in force alone, so putting
 * one more measure in force never adds a gap. Implementations must be stateless and thread-safe.
 */
public interface CoveragePolicy {
  /**
   * @param point a confirmed point and its measures
   * @return what it lacks, in the order of {@link CoverageGap}; empty when covered
   */
  List<CoverageGap> gaps(ControlledPoint point);

  /**
   * @return the policy and its configuration, which a unit's year records when it opens (ARCHITECTURE.md decision 6):
   *     the factories' own names; {@code custom@unversioned} for a policy that does not name itself
   */
  default PolicyVersion version() {
    return new PolicyVersion("custom", "unversioned", "");
  }

  /**
   * The default (P-14): every confirmed point has a measure in force ({@link CoverageGap#NO_MEASURE_IN_FORCE}; the
   * seed's 附表3 must be filled); a point above 较低 also has one in the 中期监控 phase
   * ({@link CoverageGap#NO_MONITORING_MEASURE}) [G]; a point on a principal leader's post or concerning 三重一大 matters
   * also has one on the 制度 line ({@link CoverageGap#NO_POWER_REGULATION}, S-14's emphasis) [G].
   *
   * @return the policy
   */
  static CoveragePolicy standard() {
    return versioned(new PolicyVersion("p14-standard", "1", ""), point -> {
      List<CoverageGap> gaps = new ArrayList<>();
      if (point.inForce().isEmpty()) {
        gaps.add(CoverageGap.NO_MEASURE_IN_FORCE);
      }
      if (point.inherent() != RiskGrade.LOWER && !point.inForceIn(ControlPhase.MONITORING)) {
        gaps.add(CoverageGap.NO_MONITORING_MEASURE);
      }
      if ((point.principalLeaderPost() || point.majorMatters()) && !point.inForceOn(DefenseLine.POWER_REGULATION)) {
        gaps.add(CoverageGap.NO_POWER_REGULATION);
      }
      return List.copyOf(gaps);
    });
  }

  /**
   * The seed's rule alone, for a unit in its first year: a confirmed point is covered by any measure in force.
   *
   * @return the policy
   */
  static CoveragePolicy anyMeasureInForce() {
    return versioned(new PolicyVersion("s13-any-measure", "1", ""), point -> point.inForce().isEmpty()
        ? List.of(CoverageGap.NO_MEASURE_IN_FORCE) : List.of());
  }

  /** @return {@code policy} naming itself {@code version} */
  private static CoveragePolicy versioned(PolicyVersion version, CoveragePolicy policy) {
    return new CoveragePolicy() {
      @Override
      public List<CoverageGap> gaps(ControlledPoint point) {
        return policy.gaps(point);
      }

      @Override
      public PolicyVersion version() {
        return version;
      }
    };
  }
}
