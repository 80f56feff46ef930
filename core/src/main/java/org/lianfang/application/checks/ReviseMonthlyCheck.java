package org.lianfang.application.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.checks.MonthlyCheckId;

/**
 * Fills a monthly check's rows in again, while it is open (before it is submitted, or after it was returned).
 *
 * @param check the check
 * @param rows every row, as {@link RecordMonthlyCheck} takes them
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record ReviseMonthlyCheck(
    @NotNull MonthlyCheckId check,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid RowInput> rows,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {}
