package org.lianfang.application.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.lianfang.risk.RiskPointId;

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
    List<PointCoverage> rows = new ArrayList<>();
    for (Unit u : units) {
      List<ControlMeasure> measures = s.store().controlMeasures().inUnit(u.id());
      Set<RiskPointId> listed = new HashSet<>();
      measures.stream().filter(Form3::listed).forEach(m -> listed.addAll(m.points()));
      // confirmed points, and stale ones a measure on Form 3 still controls: their coverage went stale with them
      List<RiskPoint> points = Visibility.visible(s, s.store().riskPoints().inUnit(u.id())).stream()
          .filter(r -> r.state() == ReviewState.CONFIRMED || r.state() == ReviewState.STALE
              && listed.contains(r.id())).toList();
      if (points.isEmpty()) {
        continue;
      }
      List<Post> posts = s.store().posts().inUnit(u.id());
      Map<PostId, PostProfile> profiles = posts.stream().collect(Collectors.toMap(Post::id, Post::profile));
      Map<PostId, String> names = posts.stream().collect(Collectors.toMap(Post::id, Post::name));
      Map<RiskPointId, List<ControlMeasure>> byPoint = Form3.byPoint(measures);
      for (RiskPoint r : points) {
        PostProfile profile = r.location().post().map(profiles::get).orElse(null);
        boolean leader = profile != null && profile.principalLeader();
        boolean major = profile != null && profile.majorMatters();
        // a confirmed point is graded; one that is not is judged as the highest, the most demanding
        RiskGrade inherent = r.grading().map(g -> g.grade().level()).orElse(RiskGrade.HIGHER);
        ControlledPoint p = new ControlledPoint(r.id(), inherent, leader, major,
            byPoint.getOrDefault(r.id(), List.of()));
        rows.add(new PointCoverage(u.id(), u.name(), r.id(), r.code(), FormCells.postName(r, names), leader, major,
            p.inForce().size(), coverage.gaps(p), residual.residual(p), r.state() == ReviewState.STALE));
      }
    }
    return new CoverageReport(s.today(), rows);
  }
}
