package org.lianfang.application.control;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.UnitId;
import org.lianfang.application.internal.FormCells;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlledPoint;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.control.CoverageReport;
import org.lianfang.control.PointCoverage;
import org.lianfang.control.ResidualGradingPolicy;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Unit;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/** Builds a coverage report from what a query read (P-14). */
final class Coverage {
  /**
   * How many units' points, measures and posts are read at once ({@link org.lianfang.spi.Repository#inUnits}): on the
   * JDBC store, a few statements for as many units instead of a few for each. Measured on PostgreSQL (issue 11), 20
   * read a subtree fastest: a statement each unit cost more round trips, and 100 or more at once made larger result
   * sets and maps that cost the client more than the round trips saved.
   */
  static final int UNITS_PER_READ = 20;

  private final Session s;
  private final CoveragePolicy coverage;
  private final ResidualGradingPolicy residual;
  private final List<PointCoverage> rows = new ArrayList<>();

  private Coverage(Session s, CoveragePolicy coverage, ResidualGradingPolicy residual) {
    this.s = s;
    this.coverage = coverage;
    this.residual = residual;
  }

  /**
   * @param s the session
   * @param units the units, in order
   * @param coverage the coverage policy
   * @param residual the residual grading policy
   * @return the report of the confirmed points the actor may read, and of the stale ones a registered or in-force
   *     measure controls
   */
  static CoverageReport of(Session s, List<Unit> units, CoveragePolicy coverage, ResidualGradingPolicy residual) {
    Coverage report = new Coverage(s, coverage, residual);
    for (List<Unit> batch : Lists.partition(units, UNITS_PER_READ)) {
      List<UnitId> ids = batch.stream().map(Unit::id).toList();
      Map<UnitId, List<ControlMeasure>> measures = s.store().controlMeasures().inUnits(ids);
      Map<UnitId, List<RiskPoint>> points = s.store().riskPoints().inUnits(ids);
      Map<UnitId, List<Post>> posts = s.store().posts().inUnits(ids);
      for (Unit u : batch) {
        report.add(u, measures.get(u.id()), points.get(u.id()), posts.get(u.id()));
      }
    }
    return new CoverageReport(s.today(), report.rows);
  }

  /** Adds the rows of one unit, from its measures, points and posts. */
  private void add(Unit u, List<ControlMeasure> measures, List<RiskPoint> all, List<Post> posts) {
    Set<RiskPointId> listed = new HashSet<>();
    measures.stream().filter(ControlMeasure::listed).forEach(m -> listed.addAll(m.points()));
    // confirmed points, and stale ones a measure on Form 3 still controls: their coverage went stale with them
    List<RiskPoint> points = Visibility.visible(s, all).stream()
        .filter(r -> r.state() == ReviewState.CONFIRMED || r.state() == ReviewState.STALE
            && listed.contains(r.id())).toList();
    if (points.isEmpty()) {
      return;
    }
    Map<PostId, PostProfile> profiles = posts.stream().collect(Collectors.toMap(Post::id, Post::profile));
    Map<PostId, String> names = posts.stream().collect(Collectors.toMap(Post::id, Post::name));
    Map<RiskPointId, List<ControlMeasure>> byPoint = ControlMeasure.byPoint(measures);
    for (RiskPoint r : points) {
      ControlledPoint p = ControlledPoint.of(r, profiles, byPoint.getOrDefault(r.id(), List.of()));
      rows.add(new PointCoverage(u.id(), u.name(), r.id(), r.code(), FormCells.postName(r, names),
          p.principalLeaderPost(), p.majorMatters(), p.inForce().size(), coverage.gaps(p), residual.residual(p),
          r.state() == ReviewState.STALE));
    }
  }
}
