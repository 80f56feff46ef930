package org.lianfang.cycle;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * What opening a year over a subtree did (S-1: from 2011 every unit of the city runs the loop): the units whose year
 * it opened, those that had opened it already and were left as they were, and those it could not open, each with the
 * refusal. Calling the rollout again opens what is left, so an interrupted one resumes. Immutable and thread-safe.
 *
 * @param year the year
 * @param opened the units it opened, in the subtree's order
 * @param skipped the units that had the year already
 * @param refused the units it could not open, each with why, in the subtree's order
 */
public record RolloutReport(Year year, List<UnitId> opened, List<UnitId> skipped, Map<UnitId, Refusal> refused) {
  /** @throws NullPointerException if a part is null */
  public RolloutReport {
    Objects.requireNonNull(year, "year");
    opened = List.copyOf(opened);
    skipped = List.copyOf(skipped);
    refused = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(refused));
  }

  /** @return whether every unit of the subtree now has the year */
  public boolean complete() {
    return refused.isEmpty();
  }
}
