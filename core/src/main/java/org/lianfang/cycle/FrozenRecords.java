package org.lianfang.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lianfang.control.ControlMeasure;
import org.lianfang.risk.RiskPoint;

/**
 * A unit's register of a year as a report reads it (S-13, S-16; {@code Registers.frozen}): the day it was frozen and
 * the records it holds. Immutable and thread-safe.
 *
 * @param frozenOn the day it was frozen
 * @param points its risk points, in id order
 * @param measures its control measures, in id order
 */
public record FrozenRecords(LocalDate frozenOn, List<RiskPoint> points, List<ControlMeasure> measures) {
  /** @throws NullPointerException if a part is null */
  public FrozenRecords {
    Objects.requireNonNull(frozenOn, "frozenOn");
    points = List.copyOf(points);
    measures = List.copyOf(measures);
  }
}
