package org.lianfang.application.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.lianfang.evaluation.AnnualEvaluationId;

/**
 * The leaders' scores of a unit's year are entered (评议, S-11, P-24: leaders scored one by one, then averaged).
 *
 * @param evaluation the evaluation, inspected
 * @param leaders each leader's score, 0 to 100 in hundredths; one to fifty of them
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record ProposeEvaluation(
    @NotNull AnnualEvaluationId evaluation,
    @NotNull @NotEmpty @Size(max = 50) List<@NotNull @PositiveOrZero @DecimalMax("100")
        @Digits(integer = 3, fraction = 2) BigDecimal> leaders,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param evaluation the evaluation @param leaders the leaders' scores @return the command */
  public static ProposeEvaluation of(AnnualEvaluationId evaluation, List<BigDecimal> leaders) {
    return new ProposeEvaluation(evaluation, leaders, OptionalLong.empty());
  }
}
