package org.lianfang.application.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.risk.RiskPointId;

/**
 * Grades or re-grades a risk point with the policy in force (S-6, P-3, P-4).
 *
 * @param riskPoint the point
 * @param probability probability of occurrence, 1–5
 * @param harm degree of harm, 1–5
 * @param majorMatter whether it concerns a 三重一大 matter
 * @param commonProblem whether it is a problem common to the unit
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record GradeRiskPoint(
    @NotNull RiskPointId riskPoint,
    @Min(1) @Max(5) int probability,
    @Min(1) @Max(5) int harm,
    boolean majorMatter,
    boolean commonProblem,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param probability probability of occurrence, 1–5
   * @param harm degree of harm, 1–5
   * @param majorMatter whether it concerns a 三重一大 matter
   * @param commonProblem whether it is a problem common to the unit
   */
  public GradeRiskPoint(RiskPointId riskPoint, int probability, int harm, boolean majorMatter, boolean commonProblem) {
    this(riskPoint, probability, harm, majorMatter, commonProblem, OptionalLong.empty());
  }
}
