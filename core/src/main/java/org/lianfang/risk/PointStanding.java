package org.lianfang.risk;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.PostId;

/**
 * Where a risk point stands, as the annual cycle's guards and its register's versions read it (S-16, P-3, P-14): its
 * id and version, its state, its grade and its post, and none of its lists. What a closing reads of every point of its
 * unit ({@link org.lianfang.spi.RiskPoints#standings}). Immutable and thread-safe.
 *
 * @param id the point
 * @param unitId its unit
 * @param version its version
 * @param state its state
 * @param grade its grade, if graded
 * @param post its post, if on one (a point of the unit as a whole is on none)
 */
public record PointStanding(RiskPointId id, UnitId unitId, long version, ReviewState state, Optional<RiskGrade> grade,
    Optional<PostId> post) {
  /** @throws NullPointerException if a part is null */
  public PointStanding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(post, "post");
  }

  /**
   * @param point a risk point
   * @return where it stands
   */
  public static PointStanding of(RiskPoint point) {
    return new PointStanding(point.id(), point.unitId(), point.version(), point.state(),
        point.grading().map(g -> g.grade().level()), point.location().post());
  }
}
