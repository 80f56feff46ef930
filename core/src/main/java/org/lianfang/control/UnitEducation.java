package org.lianfang.control;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Tenure;

/**
 * What an {@link EducationPolicy} judges a unit's year from. Immutable and thread-safe.
 *
 * @param unit the unit
 * @param year the year
 * @param principalLeaders the officials who held one of its principal leaders' posts (主要领导) on some day of the year
 * @param tenures the tenures of its posts (the policy picks those begun in the year)
 * @param activities its education activities that count (not withdrawn), in any order
 */
public record UnitEducation(UnitId unit, Year year, Set<OfficialId> principalLeaders, List<Tenure> tenures,
    List<EducationActivity> activities) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if an activity or tenure is of another unit, or an activity is withdrawn
   */
  public UnitEducation {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(year, "year");
    principalLeaders = Set.copyOf(principalLeaders);
    tenures = List.copyOf(tenures);
    activities = List.copyOf(activities);
    for (EducationActivity a : activities) {
      if (!a.unitId().equals(unit) || !a.counts()) {
        throw new IllegalArgumentException("the unit's own activities that count: " + a);
      }
    }
    for (Tenure t : tenures) {
      if (!t.unitId().equals(unit)) {
        throw new IllegalArgumentException("the unit's own tenures: " + t);
      }
    }
  }
}
