package org.lianfang.cycle;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.UnitId;

/**
 * Where one unit's year stands (S-16): the phase its cycle is in and whether that phase ran past its window, or that
 * the unit has not opened the year. Immutable and thread-safe.
 *
 * @param unit the unit
 * @param code its code
 * @param name its name
 * @param year the year
 * @param cycle its cycle of the year; empty if not opened
 * @param overdue whether the phase it is in ended before the day read, and was not left
 */
public record CycleProgress(UnitId unit, String code, String name, Year year, Optional<AnnualCycle> cycle,
    boolean overdue) {
  /** @throws NullPointerException if a part is null */
  public CycleProgress {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(cycle, "cycle");
  }

  /** @return the phase the year is in; empty if the unit has not opened it */
  public Optional<CyclePhase> phase() {
    return cycle.map(AnnualCycle::phase);
  }
}
