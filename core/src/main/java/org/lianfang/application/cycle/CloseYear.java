package org.lianfang.application.cycle;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.cycle.AnnualCycleId;

/**
 * Closes a unit's year today, leaving summary and acceptance (总结验收, S-16): past its guard, the year's risk points and
 * control measures are frozen as its register, whose digest goes into the unit's journal, and no command changes the
 * year's records again.
 *
 * @param cycle the unit's year, in summary and acceptance
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record CloseYear(
    @NotNull AnnualCycleId cycle,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param cycle the unit's year @return the command */
  public static CloseYear of(AnnualCycleId cycle) {
    return new CloseYear(cycle, OptionalLong.empty());
  }
}
