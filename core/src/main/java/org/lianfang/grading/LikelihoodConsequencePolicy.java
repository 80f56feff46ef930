package org.lianfang.grading;

import java.util.List;
import java.util.Objects;

/**
 * Grading by likelihood × consequence with locally set thresholds (P-4: L × C = D): the seed policy's matrix step
 * ({@link GradeMatrix#byProduct}) without its floors. Immutable and thread-safe.
 */
public final class LikelihoodConsequencePolicy implements GradingPolicy {
  /** The name recorded with every grade this policy gives. */
  public static final String NAME = "likelihood-consequence";

  private final GradeMatrix matrix;
  private final PolicyVersion version;

  private LikelihoodConsequencePolicy(int higherFrom, int generalFrom, String version) {
    this.matrix = GradeMatrix.byProduct(higherFrom, generalFrom);
    this.version = new PolicyVersion(NAME, Objects.requireNonNull(version, "version"),
        "higher>=" + higherFrom + ";general>=" + generalFrom);
  }

  /**
   * @param higherFrom the smallest D graded 较高
   * @param generalFrom the smallest D graded 一般
   * @param version the local version of this configuration
   * @return the policy
   * @throws IllegalArgumentException unless 1 ≤ generalFrom ≤ higherFrom ≤ 25
   */
  public static LikelihoodConsequencePolicy of(int higherFrom, int generalFrom, String version) {
    return new LikelihoodConsequencePolicy(higherFrom, generalFrom, version);
  }

  /** @return D ≥ 15 is 较高, D ≥ 8 is 一般 */
  public static LikelihoodConsequencePolicy standard() {
    return new LikelihoodConsequencePolicy(15, 8, "1");
  }

  @Override
  public Grade grade(GradingInput input) {
    int l = input.assessment().probability();
    int c = input.assessment().harm();
    int d = l * c;
    RiskGrade level = matrix.at(l, c);
    FiredRule rule = new FiredRule("P-4.lc", level,
        "L " + l + " × C " + c + " = D " + d + " → " + GradeLabels.SEED.label(level),
        "L " + l + " x C " + c + " = D " + d + " -> " + GradeLabels.ENGLISH.label(level));
    return new Grade(level, List.of(rule), version);
  }

  @Override
  public PolicyVersion version() {
    return version;
  }
}
