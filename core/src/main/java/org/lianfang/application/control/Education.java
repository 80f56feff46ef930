package org.lianfang.application.control;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Session;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationObligation;
import org.lianfang.control.EducationPolicy;
import org.lianfang.control.EducationReport;
import org.lianfang.control.UnitEducation;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;

/** Builds the education obligations report from what a query read (P-15). */
final class Education {
  private Education() {}

  /**
   * @param s the session
   * @param units the units, in order
   * @param year the year
   * @param policy the education policy
   * @return the obligations of the units whose risks the actor may read
   */
  static EducationReport of(Session s, List<Unit> units, Year year, EducationPolicy policy) {
    LocalDate first = year.atDay(1);
    LocalDate last = year.atDay(year.length());
    List<EducationReport.Row> rows = new ArrayList<>();
    for (Unit u : units) {
      if (!s.may(Operation.READ_RISKS, u.id(), false)) {
        continue;
      }
      Set<PostId> leaderPosts = new HashSet<>();
      for (Post p : s.store().posts().inUnit(u.id())) {
        if (p.profile().principalLeader()) {
          leaderPosts.add(p.id());
        }
      }
      List<Tenure> tenures = s.store().tenures().inUnit(u.id());
      // whoever held a principal leader's post on some day of the year (a tenure is the half-open [start, end))
      Set<OfficialId> leaders = new HashSet<>();
      for (Tenure t : tenures) {
        if (leaderPosts.contains(t.postId()) && !t.start().isAfter(last)
            && t.end().map(e -> e.isAfter(first)).orElse(true)) {
          leaders.add(t.officialId());
        }
      }
      List<EducationActivity> activities = s.store().educationActivities().inUnit(u.id()).stream()
          .filter(EducationActivity::counts).toList();
      List<EducationObligation> owed = policy.obligations(
          new UnitEducation(u.id(), year, leaders, tenures, activities), s.today());
      Map<OfficialId, Official> named = s.store().officials().findAll(
          owed.stream().flatMap(o -> o.official().stream()).distinct().toList());
      for (EducationObligation o : owed) {
        Optional<String> name = o.official().map(named::get).map(Official::name);
        rows.add(new EducationReport.Row(u.name(), name, o));
      }
    }
    return new EducationReport(s.today(), year, rows);
  }
}
