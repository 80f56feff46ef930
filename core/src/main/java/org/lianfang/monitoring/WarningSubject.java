package org.lianfang.monitoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * Whom a warning is addressed to within its unit (P-8): the unit as a whole, or one of its posts, an official, or both,
 * and the risk points it concerns, in order. That the post and the points are the unit's is for the caller to check.
 * Immutable and thread-safe.
 *
 * @param post the post, if the warning is a post's
 * @param official the official, if the warning is a person's
 * @param points the risk points concerned, distinct, in order; may be empty
 */
public record WarningSubject(Optional<PostId> post, Optional<OfficialId> official, List<RiskPointId> points)
    implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a point is named twice
   */
  public WarningSubject {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(official, "official");
    points = List.copyOf(points);
    if (points.stream().distinct().count() != points.size()) {
      throw new IllegalArgumentException("a warning names each risk point once");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("post", post).put("official", official).put("points", points).build();
  }
}
