package org.lianfang.cycle;

import java.time.Year;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;

/**
 * A unit's yearly statistics (P-26, S-13): its powers, its key powers, the points of its register by grade and its
 * measures; the counts of a subtree are the sums of its units'. A key power (重点权力) is a power item against which a
 * point of the register is graded at the highest level [G]: no source fixes the word, and the pilot's registers mark
 * a power's risk by the grades of its points. Immutable and thread-safe.
 *
 * @param unit the unit, or the subtree's top for its totals
 * @param name its name
 * @param year the year
 * @param powers its power items
 * @param keyPowers those with a point graded at the highest level
 * @param points the points of its register (not retired)
 * @param byGrade those points by grade, with those not graded under empty; every grade present, zero included
 * @param measures the measures registered or in force
 */
public record YearStatistics(UnitId unit, String name, Year year, int powers, int keyPowers, int points,
    Map<Optional<RiskGrade>, Integer> byGrade, int measures) {
  /** @throws NullPointerException if a part is null */
  public YearStatistics {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(year, "year");
    byGrade = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byGrade));
  }

  /**
   * @param unit the unit
   * @param name its name
   * @param year the year
   * @param powers its power items
   * @param points its register's points, retired ones left out here
   * @param measures its register's measures, those neither registered nor in force left out here
   * @return its statistics
   */
  public static YearStatistics of(UnitId unit, String name, Year year, List<PowerItem> powers,
      List<RiskPoint> points, List<ControlMeasure> measures) {
    Map<Optional<RiskGrade>, Integer> byGrade = grades();
    Set<PowerItemId> key = new HashSet<>();
    int count = 0;
    for (RiskPoint p : points) {
      if (p.state() == ReviewState.RETIRED) {
        continue;
      }
      count++;
      Optional<RiskGrade> grade = p.grading().map(g -> g.grade().level());
      byGrade.merge(grade, 1, Integer::sum);
      if (grade.equals(Optional.of(RiskGrade.HIGHER))) {
        p.location().powerItem().ifPresent(key::add);
      }
    }
    Set<PowerItemId> own = new HashSet<>();
    powers.forEach(i -> own.add(i.id()));
    key.retainAll(own);
    int listed = (int) measures.stream().filter(ControlMeasure::listed).count();
    return new YearStatistics(unit, name, year, powers.size(), key.size(), count, byGrade, listed);
  }

  /**
   * @param top the subtree's top
   * @param name its name
   * @param year the year
   * @param units the statistics of each unit of the subtree
   * @return their sums
   */
  public static YearStatistics total(UnitId top, String name, Year year, List<YearStatistics> units) {
    Map<Optional<RiskGrade>, Integer> byGrade = grades();
    int powers = 0;
    int key = 0;
    int points = 0;
    int measures = 0;
    for (YearStatistics u : units) {
      powers += u.powers();
      key += u.keyPowers();
      points += u.points();
      measures += u.measures();
      u.byGrade().forEach((g, n) -> byGrade.merge(g, n, Integer::sum));
    }
    return new YearStatistics(top, name, year, powers, key, points, byGrade, measures);
  }

  /** Every grade from the highest, then the points not graded, each at zero. */
  private static Map<Optional<RiskGrade>, Integer> grades() {
    Map<Optional<RiskGrade>, Integer> m = new java.util.LinkedHashMap<>();
    List.of(RiskGrade.HIGHER, RiskGrade.GENERAL, RiskGrade.LOWER).forEach(g -> m.put(Optional.of(g), 0));
    m.put(Optional.empty(), 0);
    return m;
  }
}
