package org.lianfang.grading;

/**
 * The three ordered risk levels (S-6). Declared from lowest to highest, so {@code compareTo} orders by severity.
 */
public enum RiskGrade {
  /** 较低. */
  LOWER,
  /** 一般. */
  GENERAL,
  /** 较高. */
  HIGHER;

  /** @param other another grade @return the more severe of the two */
  public RiskGrade atLeast(RiskGrade other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
