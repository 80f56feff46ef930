package org.lianfang.application.control;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
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
    List<EducationReport.Row> rows = new ArrayList<>();
    List<Unit> read = units.stream().filter(u -> s.may(Operation.READ_RISKS, u.id(), false)).toList();
    for (List<Unit> batch : Visibility.batches(read)) {
      List<UnitId> ids = Visibility.ids(batch);
      Map<UnitId, List<Post>> posts = s.store().posts().inUnits(ids);
      Map<UnitId, List<Tenure>> tenures = s.store().tenures().inUnits(ids);
      Map<UnitId, List<EducationActivity>> activities = s.store().educationActivities().inUnits(ids);
      Map<Unit, List<EducationObligation>> owed = new LinkedHashMap<>();
      for (Unit u : batch) {
        owed.put(u, policy.obligations(unit(u.id(), year, posts.get(u.id()), tenures.get(u.id()),
            activities.get(u.id())), s.today()));
      }
      Map<OfficialId, Official> named = s.store().officials().findAll(owed.values().stream()
          .flatMap(List::stream).flatMap(o -> o.official().stream()).distinct().toList());
      owed.forEach((u, obligations) -> obligations.forEach(o -> rows.add(new EducationReport.Row(u.name(),
          o.official().map(named::get).map(Official::name), o))));
    }
    return new EducationReport(s.today(), year, rows);
  }

  /** A unit's year of education as the policy reads it, from the unit's posts, tenures and activities. */
  private static UnitEducation unit(UnitId unit, Year year, List<Post> posts, List<Tenure> tenures,
      List<EducationActivity> activities) {
    LocalDate first = year.atDay(1);
    LocalDate last = year.atDay(year.length());
    Set<PostId> leaderPosts = new HashSet<>();
    for (Post p : posts) {
      if (p.profile().principalLeader()) {
        leaderPosts.add(p.id());
      }
    }
    // whoever held a principal leader's post on some day of the year (a tenure is the half-open [start, end))
    Set<OfficialId> leaders = new HashSet<>();
    for (Tenure t : tenures) {
      if (leaderPosts.contains(t.postId()) && !t.start().isAfter(last)
          && t.end().map(e -> e.isAfter(first)).orElse(true)) {
        leaders.add(t.officialId());
      }
    }
    return new UnitEducation(unit, year, leaders, tenures, activities.stream().filter(EducationActivity::counts)
        .toList());
  }
}
