package org.lianfang.application.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.evaluation.AnnualEvaluationId;

/**
 * The discipline body reads a unit's year from its records today (考核, S-11, P-24) and enters its deductions and
 * vetoes.
 *
 * @param evaluation the evaluation, self-assessed
 * @param deductions the deductions, one per case, each naming an item of the evaluation's policy; may be empty
 * @param vetoes the vetoes; may be empty
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record InspectEvaluation(
    @NotNull AnnualEvaluationId evaluation,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid DeductionInput> deductions,
    @NotNull @Size(max = 20) List<@NotNull @Valid VetoInput> vetoes,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * @param evaluation the evaluation
   * @param deductions the deductions
   * @param vetoes the vetoes
   * @return the command, whatever the stored version
   */
  public static InspectEvaluation of(AnnualEvaluationId evaluation, List<DeductionInput> deductions,
      List<VetoInput> vetoes) {
    return new InspectEvaluation(evaluation, deductions, vetoes, OptionalLong.empty());
  }
}
