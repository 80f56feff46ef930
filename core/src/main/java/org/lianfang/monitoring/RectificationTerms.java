package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;

/**
 * What a rectification item asks (整改事项, P-21): where it came from, the problem, the target, the measures, who
 * answers for it, by when, and the risk points it concerns. That the warning, the owner and the points are the unit's
 * (the owner: or a unit's above it) is for the caller to check. Immutable and thread-safe.
 *
 * @param origin what opened it
 * @param warning the warning it rectifies: present exactly when the origin is {@link RectificationOrigin#WARNING}
 * @param problem the problem found (存在问题)
 * @param target what is to be reached (整改目标)
 * @param measures how (整改措施)
 * @param owner who answers for it (责任人)
 * @param due the last day (整改时限)
 * @param points the risk points concerned, distinct, in order; may be empty
 */
public record RectificationTerms(RectificationOrigin origin, Optional<WarningId> warning, String problem,
    String target, String measures, OfficialId owner, LocalDate due, List<RiskPointId> points) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the warning does not fit the origin, or a point is named twice
   */
  public RectificationTerms {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    points = List.copyOf(points);
    if (warning.isPresent() != (origin == RectificationOrigin.WARNING)) {
      throw new IllegalArgumentException("an item names a warning exactly when a warning opened it");
    }
    if (points.stream().distinct().count() != points.size()) {
      throw new IllegalArgumentException("an item names each risk point once");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("origin", origin).put("warning", warning).put("problem", problem)
        .put("target", target).put("measures", measures).put("owner", owner).put("due", due).put("points", points)
        .build();
  }
}
