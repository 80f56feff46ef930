package org.lianfang.application.cycle;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.cycle.AnnualCycleId;

/**
 * Posts a unit's revision today (修正完善公示, S-12, P-5, P-26): what changed in its register since its last closed
 * year, each point added, adjusted or deleted with its reason, shown for a notice period before the register is
 * confirmed by leaving self-assessment and revision and by closing the year. Posted again (in summary and acceptance
 * too, after the register changed), the latest replaces it and its period begins anew.
 *
 * @param cycle the unit's year, in self-assessment and revision or in summary and acceptance
 * @param scope where it is posted, in the unit's words (e.g. 局机关内网及公示栏)
 * @param end the first day after the notice, after today
 * @param expectedVersion the version of the cycle its user saw; when given and the stored one differs, the command is
 *     refused as {@code STALE} and changes nothing
 */
public record PostRevision(
    @NotNull AnnualCycleId cycle,
    @NotBlank @Size(max = Limits.NAME) String scope,
    @NotNull LocalDate end,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param cycle the unit's year @param scope where it is posted @param end the first day after @return the command */
  public static PostRevision of(AnnualCycleId cycle, String scope, LocalDate end) {
    return new PostRevision(cycle, scope, end, OptionalLong.empty());
  }
}
