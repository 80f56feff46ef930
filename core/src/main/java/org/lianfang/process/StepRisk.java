package org.lianfang.process;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.grading.RiskGrade;

/**
 * What a flow chart shows of one risk point at a step (P-2: 行政职权廉政风险防控图). Immutable and thread-safe.
 */
public final class StepRisk {
  private final String description;
  private final RiskGrade grade;

  private StepRisk(String description, RiskGrade grade) {
    this.description = Objects.requireNonNull(description, "description");
    this.grade = grade;
  }

  /** @param description the risk point @param grade its grade @return the mark */
  public static StepRisk graded(String description, RiskGrade grade) {
    return new StepRisk(description, Objects.requireNonNull(grade, "grade"));
  }

  /** @param description the risk point, not yet graded @return the mark */
  public static StepRisk ungraded(String description) {
    return new StepRisk(description, null);
  }

  /** @return the risk point's description */
  public String description() {
    return description;
  }

  /** @return its grade, if graded */
  public Optional<RiskGrade> grade() {
    return Optional.ofNullable(grade);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StepRisk r && description.equals(r.description) && grade == r.grade;
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, grade);
  }
}
