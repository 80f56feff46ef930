package org.lianfang.application.evaluation;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.lianfang.Limits;
import org.lianfang.UnitId;

/**
 * A unit assesses its own year (自评, S-11, P-24), opening its annual evaluation under the instance's policy.
 *
 * @param unit the unit
 * @param year the year: begun by today, once per unit
 * @param items a score per item of the policy's table, in its order, each 0 to the item's weight, in hundredths
 * @param summary what the unit says of its year
 */
public record SelfAssessYear(
    @NotNull UnitId unit,
    @NotNull Year year,
    @NotNull @NotEmpty @Size(max = 100) List<@NotNull @PositiveOrZero @Digits(integer = 3, fraction = 2) BigDecimal>
        items,
    @NotBlank @Size(max = Limits.TEXT) String summary) {}
