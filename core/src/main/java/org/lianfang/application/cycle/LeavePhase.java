package org.lianfang.application.cycle;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePhase;

/**
 * Leaves the phase a unit's year is in for the next (S-16), today, past the guard the cycle's rules set on what the
 * unit's records hold.
 *
 * @param cycle the unit's year
 * @param phase the phase to leave: the one the cycle is in, so that a command sent twice leaves one phase; one of the
 *     five before {@link CyclePhase#ACCEPTANCE}, which the year's closing leaves
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record LeavePhase(
    @NotNull AnnualCycleId cycle,
    @NotNull CyclePhase phase,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param cycle the unit's year @param phase the phase to leave @return the command */
  public static LeavePhase of(AnnualCycleId cycle, CyclePhase phase) {
    return new LeavePhase(cycle, phase, OptionalLong.empty());
  }
}
