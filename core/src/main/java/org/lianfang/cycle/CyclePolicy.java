package org.lianfang.cycle;

import java.time.Year;
import org.lianfang.grading.PolicyVersion;

/**
 * How a unit's year is run (S-16, ARCHITECTURE.md decision 6): each year's timetable and what the guards forbid when
 * a phase is left. The version names the configuration, and a cycle records it with the timetable and rules it opened
 * under. Implementations must be immutable and thread-safe.
 */
public interface CyclePolicy {
  /** @return the policy and its configuration */
  PolicyVersion version();

  /**
   * @param year a year
   * @return its timetable
   */
  CycleTimetable timetable(Year year);

  /** @return what the guards forbid */
  CycleRules rules();

  /** @return the default: the seed's pilot dates for every year, every guard on ({@link StandardCyclePolicy#pilot}) */
  static CyclePolicy standard() {
    return StandardCyclePolicy.pilot();
  }
}
