package org.lianfang.control;

import java.util.List;
import java.util.Objects;
import org.lianfang.grading.RiskGrade;

/**
 * The grade a point keeps once its measures in force are counted, and why: the rules that lowered it, in the order
 * the policy applied them (empty when none did). Never above the inherent grade. Immutable and thread-safe.
 *
 * @param grade the residual grade
 * @param fired the rules that fired
 */
public record ResidualGrade(RiskGrade grade, List<ResidualRule> fired) {
  /** @throws NullPointerException if a part is null */
  public ResidualGrade {
    Objects.requireNonNull(grade, "grade");
    fired = List.copyOf(fired);
  }
}
