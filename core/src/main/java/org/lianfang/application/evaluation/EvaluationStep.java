package org.lianfang.application.evaluation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.evaluation.AnnualEvaluationId;

/**
 * The discipline body decides a unit's year (审定), fixing the total and band its scorecard gives today, or publishes
 * the decision (公布) (S-11, P-24).
 *
 * @param evaluation the evaluation
 * @param publish whether it publishes (else it decides)
 * @param remarks what the body says: required to decide, refused to publish
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record EvaluationStep(
    @NotNull AnnualEvaluationId evaluation,
    boolean publish,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> remarks,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param evaluation the evaluation @param remarks what the body says @return it decided (审定) */
  public static EvaluationStep decide(AnnualEvaluationId evaluation, String remarks) {
    return new EvaluationStep(evaluation, false, Optional.of(remarks), OptionalLong.empty());
  }

  /** @param evaluation the evaluation @return it published (公布) */
  public static EvaluationStep publish(AnnualEvaluationId evaluation) {
    return new EvaluationStep(evaluation, true, Optional.empty(), OptionalLong.empty());
  }
}
