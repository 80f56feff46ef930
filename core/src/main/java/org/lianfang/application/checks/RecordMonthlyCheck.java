package org.lianfang.application.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.lianfang.Limits;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * Opens a post's monthly check (月查, S-10, P-22) with the rows filled in so far.
 *
 * @param post the post checked; its unit is the check's
 * @param month the month checked: this month or an earlier one, once per post
 * @param checker who checks, an official of the unit or a unit above it (P-1)
 * @param rows a row per measure in force on the post's risk points, each measure once; the rest may follow before
 *     it is submitted
 */
public record RecordMonthlyCheck(
    @NotNull PostId post,
    @NotNull YearMonth month,
    @NotNull OfficialId checker,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid RowInput> rows) {}
