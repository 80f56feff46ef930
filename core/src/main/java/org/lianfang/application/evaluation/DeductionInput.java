package org.lianfang.application.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.lianfang.Limits;

/**
 * A deduction for one case as the discipline body enters it (扣分, P-24).
 *
 * @param item the code of the item of the policy it lowers
 * @param points how much: more than 0, at most 100, in hundredths
 * @param reason the case
 * @param evidence where the case is recorded: a document number, a record's id
 */
public record DeductionInput(
    @NotBlank @Size(max = Limits.CODE) String item,
    @NotNull @Positive @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal points,
    @NotBlank @Size(max = Limits.TEXT) String reason,
    @NotBlank @Size(max = Limits.NAME) String evidence) {}
