package org.lianfang.process;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.grading.RiskGrade;

/**
 * What a flow chart shows of one risk point at a step (P-2: 行政职权廉政风险防控图): its description, its grade if it has
 * one, and whether that grade is stale (P-3). Immutable and thread-safe.
 */
public final class StepRisk {
  private final String description;
  private final RiskGrade grade;
  private final boolean stale;

  private StepRisk(String description, RiskGrade grade, boolean stale) {
    this.description = Objects.requireNonNull(description, "description");
    this.grade = grade;
    this.stale = stale;
  }

  /** @param description the risk point @param grade its grade, current @return the mark */
  public static StepRisk graded(String description, RiskGrade grade) {
    return new StepRisk(description, Objects.requireNonNull(grade, "grade"), false);
  }

  /**
   * @param description the risk point
   * @param grade the grade it was given, which a later change made stale (P-3, {@code GradingRecord.stale})
   * @return the mark, shown with the grade and {@link org.lianfang.grading.GradeLabels#STALE_MARK}
   */
  public static StepRisk staleGrade(String description, RiskGrade grade) {
    return new StepRisk(description, Objects.requireNonNull(grade, "grade"), true);
  }

  /** @param description the risk point, not yet graded @return the mark */
  public static StepRisk ungraded(String description) {
    return new StepRisk(description, null, false);
  }

  /** @return the risk point's description */
  public String description() {
    return description;
  }

  /** @return its grade, if graded */
  public Optional<RiskGrade> grade() {
    return Optional.ofNullable(grade);
  }

  /** @return whether the grade is stale and awaits re-grading (P-3); false when ungraded */
  public boolean stale() {
    return stale;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StepRisk r && description.equals(r.description) && grade == r.grade && stale == r.stale;
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, grade, stale);
  }
}
