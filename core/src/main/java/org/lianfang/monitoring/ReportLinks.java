package org.lianfang.monitoring;

import java.util.List;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.risk.RiskPointId;

/**
 * What the triage of a report (P-19) linked it to: risk points of its unit it bears on, which the year's revision
 * counts (S-12), and the warnings it raised (P-8). That they are the unit's is for the caller to check. Immutable and
 * thread-safe.
 *
 * @param points risk points, distinct, in the order they were linked
 * @param warnings warnings, distinct, in the order they were linked
 */
public record ReportLinks(List<RiskPointId> points, List<WarningId> warnings) implements Archivable {
  /** No links. */
  public static final ReportLinks NONE = new ReportLinks(List.of(), List.of());

  /** @throws IllegalArgumentException if a point or a warning is linked twice */
  public ReportLinks {
    points = List.copyOf(points);
    warnings = List.copyOf(warnings);
    if (points.stream().distinct().count() != points.size()
        || warnings.stream().distinct().count() != warnings.size()) {
      throw new IllegalArgumentException("a report links each point and each warning once");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("points", points).put("warnings", warnings).build();
  }
}
