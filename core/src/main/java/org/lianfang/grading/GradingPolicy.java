package org.lianfang.grading;

/**
 * Turns a risk point's assessment and its post's facts into a {@link Grade} (S-6, P-4).
 *
 * <p>Contract: deterministic (the same input gives the same grade); monotone (raising probability or harm never lowers
 * the grade); the grade's rationale names every rule that fired, and its strongest rule gives the level; the policy's
 * {@link #version()} identifies the configuration exactly. Implementations are immutable and thread-safe.
 */
public interface GradingPolicy {
  /**
   * @param input the assessment and the post's facts
   * @return the grade with its rationale and this policy's version
   */
  Grade grade(GradingInput input);

  /** @return the policy's name, version and configuration */
  PolicyVersion version();
}
