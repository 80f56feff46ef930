package org.lianfang.cycle;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.lianfang.control.ControlMeasure;
import org.lianfang.risk.RiskPoint;

/**
 * A unit's register of a closed year as an archive holds it (S-13, S-16): the year, the day it was frozen, and its risk
 * points and control measures as they stood then. Immutable and thread-safe.
 *
 * @param year the year
 * @param frozenOn the day it was frozen
 * @param points its points, in id order
 * @param measures its measures, in id order
 */
public record FrozenYear(Year year, LocalDate frozenOn, List<RiskPoint> points, List<ControlMeasure> measures) {
  /** @throws NullPointerException if a part is null */
  public FrozenYear {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(frozenOn, "frozenOn");
    points = List.copyOf(points);
    measures = List.copyOf(measures);
  }
}
