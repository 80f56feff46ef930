package org.lianfang.grading;

import org.lianfang.Coded;

/**
 * The three ordered risk levels (S-6). Declared from lowest to highest, so {@code compareTo} orders by severity.
 */
public enum RiskGrade implements Coded {
  /** 较低. */
  LOWER("lower"),
  /** 一般. */
  GENERAL("general"),
  /** 较高. */
  HIGHER("higher");

  private final String code;

  RiskGrade(String code) {
    this.code = code;
  }

  /** @param other another grade @return the more severe of the two */
  public RiskGrade atLeast(RiskGrade other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
