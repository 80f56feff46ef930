package org.lianfang.grading;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * A graded level with its rationale (the rules that fired) and the policy that produced it. Immutable and
 * thread-safe.
 *
 * @param level the level
 * @param rationale the rules that fired, never empty
 * @param policy the policy and configuration in force
 */
public record Grade(RiskGrade level, List<FiredRule> rationale, PolicyVersion policy) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the rationale is empty or no rule in it leads to the level
   */
  public Grade {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(policy, "policy");
    rationale = List.copyOf(rationale);
    checkArgument(!rationale.isEmpty(), "a grade needs a rationale");
    RiskGrade strongest = rationale.stream().map(FiredRule::result).max(Enum::compareTo).orElseThrow();
    checkArgument(strongest == level, "the rationale's strongest rule (%s) must match the level %s", strongest, level);
  }
}
