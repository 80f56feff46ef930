package org.lianfang.application.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lianfang.application.internal.FormCells;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlledPoint;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.control.CoverageReport;
import org.lianfang.control.PointCoverage;
import org.lianfang.control.ResidualGradingPolicy;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Unit;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;

/** Builds a coverage report from what a query read (P-14). */
final class Coverage {
  private Coverage() {}

  /**
   * @param s the session
   * @param units the units, in order
   * @param coverage the coverage policy
   * @param residual the residual grading policy
   * @return the report of the confirmed points the actor may read, and of the stale ones a registered or in-force
   *     measure controls
   */
  static CoverageReport of(Session s, List<Unit> units, CoveragePolicy coverage, ResidualGradingPolicy residual) {
    FormCells cells = new FormCells(s);
    List<PointCoverage> rows = new ArrayList<>();
    for (Unit u : units) {
      List<ControlMeasure> measures = s.store().controlMeasures().inUnit(u.id());
      // confirmed points, and stale ones a measure on Form 3 still controls: their coverage went stale with them
      List<RiskPoint> points = Visibility.visible(s, s.store().riskPoints().inUnit(u.id())).stream()
          .filter(r -> r.state() == ReviewState.CONFIRMED || r.state() == ReviewState.STALE
              && measures.stream().anyMatch(m -> Form3.listed(m) && m.controls(r.id()))).toList();
      if (points.isEmpty()) {
        continue;
      }
      Map<PostId, PostProfile> profiles = s.store().posts().inUnit(u.id()).stream()
          .collect(Collectors.toMap(Post::id, Post::profile));
      for (RiskPoint r : points) {
        PostProfile profile = r.location().post().map(profiles::get).orElse(null);
        boolean leader = profile != null && profile.principalLeader();
        boolean major = profile != null && profile.majorMatters();
        // a confirmed point is graded; one that is not is judged as the highest, the most demanding
        RiskGrade inherent = r.grading().map(g -> g.grade().level()).orElse(RiskGrade.HIGHER);
        ControlledPoint p = new ControlledPoint(r.id(), inherent, leader, major, measures);
        rows.add(new PointCoverage(u.id(), u.name(), r.id(), r.code(), cells.postName(r), leader, major,
            p.inForce().size(), coverage.gaps(p), residual.residual(p), r.state() == ReviewState.STALE));
      }
    }
    return new CoverageReport(s.today(), rows);
  }
}
