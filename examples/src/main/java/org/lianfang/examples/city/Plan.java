package org.lianfang.examples.city;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.lianfang.UnitId;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.ReviewState;

/**
 * Lays out a city: the unit tree in tree order (each unit followed by its subtree), then how many posts, officials,
 * power items, risk points per state and notice comments each unit gets, then the timeline and the unit ids. All from
 * one seeded stream, so the same seed and scale give the same plan.
 */
final class Plan {
  final List<UnitPlan> units;
  final Timeline timeline;
  final Totals totals;

  private Plan(List<UnitPlan> units, Timeline timeline, Totals totals) {
    this.units = units;
    this.timeline = timeline;
    this.totals = totals;
  }

  static Plan of(long seed, Scale scale) {
    SplittableRandom r = Seeds.random(seed, -1, Seeds.PLAN);
    List<UnitPlan> units = tree(r, scale.units());
    counts(r, units, scale);
    Timeline timeline = new Timeline(units.size(), maxEvents(units));
    for (UnitPlan u : units) {
      long at = timeline.at(Timeline.Phase.UNITS, u.index, 0, 1);
      u.id = new UnitId(new V7Ids(Seeds.random(seed, u.index, Seeds.IDS)).at(at));
    }
    return new Plan(List.copyOf(units), timeline, totals(units));
  }

  // ------------------------------------------------------------------ the tree

  private static List<UnitPlan> tree(SplittableRandom r, int n) {
    List<UnitPlan> out = new ArrayList<>(n);
    out.add(new UnitPlan(0, -1, 0, "5301", "昆明市", UnitKind.CITY, Area.GENERAL));
    int rest = n - 1;
    if (rest == 0) {
      return out;
    }
    // decision 9's city: 1 root, 14 districts and 60 municipal bodies, the rest sections below them
    int level1 = Math.max(1, Math.min(rest - 2, Math.max(3, (int) Math.round(n * 74.0 / 1500))));
    int districts = level1 >= 2 ? Math.max(1, (int) Math.round(level1 * 14.0 / 74)) : 0;
    int below = rest - level1;
    int level3 = below >= 2 ? Math.max(1, (int) Math.round(below * 0.35)) : 0;
    int level2 = below - level3;

    double[] w1 = new double[level1];
    for (int i = 0; i < level1; i++) {
      w1[i] = (i < districts ? 2.5 : 1.0) * (0.5 + r.nextDouble());
    }
    int[] children = Seeds.apportion(level2, w1);
    double[] w2 = new double[level2];
    for (int i = 0; i < level2; i++) {
      w2[i] = 0.3 + r.nextDouble();
    }
    int[] grandchildren = Seeds.apportion(level3, w2);

    int next2 = 0;
    for (int i = 0; i < level1; i++) {
      UnitPlan l1 = i < districts ? district(out, i) : municipal(out, i - districts);
      List<String> names = sectionNames(r, l1, children[i]);
      for (int j = 0; j < children[i]; j++) {
        String sectionName = names.get(j);
        Area area = areaOf(sectionName, l1.area);
        UnitPlan l2 = new UnitPlan(out.size(), l1.index, 2, l1.code + "." + two(j + 1),
            l1.name + sectionName, UnitKind.INTERNAL_SECTION, area);
        out.add(l2);
        List<String> subs = distinct(r, UnitNames.subSections(sectionName), grandchildren[next2]);
        for (int k = 0; k < grandchildren[next2]; k++) {
          out.add(new UnitPlan(out.size(), l2.index, 3, l2.code + "." + two(k + 1), l2.name + subs.get(k),
              UnitKind.INTERNAL_SECTION, l2.area));
        }
        next2++;
      }
    }
    return out;
  }

  private static UnitPlan district(List<UnitPlan> out, int i) {
    List<String[]> d = UnitNames.DISTRICTS;
    String name;
    String code;
    if (i < d.size()) {
      name = d.get(i)[0];
      code = d.get(i)[1];
    } else {
      // beyond Kunming's fourteen (larger scales): named after a street, numbered so that names stay unique
      name = UnitNames.STREETS.get(i % UnitNames.STREETS.size()) + (i / UnitNames.STREETS.size() + 1) + "区";
      code = "53D" + three(i + 1);
    }
    UnitPlan u = new UnitPlan(out.size(), 0, 1, code, name, UnitKind.DISTRICT_COUNTY, Area.GENERAL);
    out.add(u);
    return u;
  }

  private static UnitPlan municipal(List<UnitPlan> out, int i) {
    List<UnitNames.Body> m = UnitNames.MUNICIPAL;
    UnitNames.Body b = m.get(i % m.size());
    String name = i < m.size() ? b.name() : b.name() + "（" + Texts.chineseNumber(Math.min(99, i / m.size() + 1)) + "）";
    UnitPlan u = new UnitPlan(out.size(), 0, 1, "5301B" + two(i + 1), name, b.kind(), b.area());
    out.add(u);
    return u;
  }

  /** Distinct section names for a level-1 unit, from its kind's and its area's lists, then numbered. */
  private static List<String> sectionNames(SplittableRandom r, UnitPlan parent, int n) {
    List<String> pool = new ArrayList<>();
    switch (parent.kind) {
      case DISTRICT_COUNTY -> {
        List<String> departments = new ArrayList<>();
        for (UnitNames.Body b : UnitNames.COUNTY_DEPARTMENTS) {
          departments.add(b.name());
        }
        List<String> chosen = distinct(r, departments, Math.min(n, departments.size()));
        for (int i = chosen.size(); i < n; i++) {
          String street = UnitNames.STREETS.get((i - chosen.size()) % UnitNames.STREETS.size());
          int round = (i - chosen.size()) / UnitNames.STREETS.size();
          chosen.add(street + (round == 0 ? "" : Texts.chineseNumber(Math.min(99, round + 1))) + "街道办事处");
        }
        return chosen;
      }
      case STATE_OWNED_COMPANY -> pool.addAll(UnitNames.COMPANY_SECTIONS);
      case PUBLIC_INSTITUTION -> pool.addAll(UnitNames.INSTITUTION_SECTIONS);
      default -> {
        pool.addAll(UnitNames.AREA_SECTIONS.get(parent.area));
        pool.addAll(UnitNames.BUREAU_SECTIONS);
      }
    }
    return distinct(r, pool, n);
  }

  /** n names from the pool, each at most once, in a seeded order; numbered copies once the pool is used up. */
  private static List<String> distinct(SplittableRandom r, List<String> pool, int n) {
    List<String> shuffled = new ArrayList<>(pool);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      String t = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, t);
    }
    List<String> out = new ArrayList<>(n);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String base = shuffled.get(i % shuffled.size());
      String name = i < shuffled.size() ? base
          : base + "（" + Texts.chineseNumber(Math.min(99, i / shuffled.size() + 1)) + "）";
      for (int k = 2; !seen.add(name); k++) {
        name = base + k;
      }
      out.add(name);
    }
    return out;
  }

  private static Area areaOf(String sectionName, Area parent) {
    for (UnitNames.Body b : UnitNames.COUNTY_DEPARTMENTS) {
      if (b.name().equals(sectionName)) {
        return b.area();
      }
    }
    for (var e : UnitNames.AREA_SECTIONS.entrySet()) {
      if (e.getValue().contains(sectionName)) {
        return e.getKey();
      }
    }
    if (sectionName.contains("财务") || sectionName.contains("资产") || sectionName.contains("采购")
        || sectionName.contains("人事") || sectionName.contains("人力")) {
      return Area.RESOURCES;
    }
    if (sectionName.contains("办公室") || sectionName.contains("信息") || sectionName.contains("法")
        || sectionName.contains("信访") || sectionName.contains("党委") || sectionName.contains("纪检")) {
      return Area.GENERAL;
    }
    return parent;
  }

  // ------------------------------------------------------------------ counts

  /** Review states of one unit's points: most units are through; some are still publishing, some lag (P-5). */
  private static final double[][] PROGRESS = {
      // DRAFT, REVIEWED, PUBLISHED, CONFIRMED, STALE, RETIRED
      {0.02, 0.02, 0.02, 0.90, 0.03, 0.01},
      {0.05, 0.05, 0.55, 0.30, 0.03, 0.02},
      {0.35, 0.30, 0.05, 0.25, 0.03, 0.02}};

  private static void counts(SplittableRandom r, List<UnitPlan> units, Scale scale) {
    int n = units.size();
    double[] w = new double[n];
    for (UnitPlan u : units) {
      double size = switch (u.kind) {
        case CITY -> 1.2;
        case DISTRICT_COUNTY -> 1.5;
        case MUNICIPAL_BUREAU -> 1.3;
        case STATE_OWNED_COMPANY -> 1.1;
        case PUBLIC_INSTITUTION, OTHER -> 1.0;
        case INTERNAL_SECTION -> u.depth == 2 ? 1.0 : 0.7;
      };
      w[u.index] = size * (0.6 + 0.8 * r.nextDouble());
    }
    long total = (long) scale.units() * scale.postsPerUnit();
    int[] extra = Seeds.apportion((int) (total - n), w);
    for (UnitPlan u : units) {
      u.posts = 1 + extra[u.index];
      u.extraOfficials = u.posts / 25 + (r.nextInt(10) < 3 ? 1 : 0);
      int maxPowers = u.depth <= 1 ? 7 : 4;
      u.powers = Math.min(u.posts, 1 + r.nextInt(maxPowers));
      int points = u.posts * scale.pointsPerPost();
      u.unitWidePoints = points == 0 ? 0 : Math.min(points, Math.max(1, (int) Math.round(points * 0.03)));
      double p = r.nextDouble();
      double[] progress = PROGRESS[p < 0.8 ? 0 : p < 0.9 ? 1 : 2];
      for (int i = 0; i < points; i++) {
        u.states[draw(r, progress)]++;
      }
      for (int i = 0; i < u.published(); i++) {
        if (r.nextInt(100) < 3) {
          u.comments++;
        }
      }
      u.noticeDays = new int[] {5, 7, 7, 7, Timeline.MAX_NOTICE_DAYS}[r.nextInt(5)];
    }
  }

  private static int draw(SplittableRandom r, double[] weights) {
    double x = r.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int[] maxEvents(List<UnitPlan> units) {
    int[] max = new int[Timeline.Phase.values().length];
    for (UnitPlan u : units) {
      int[] e = {1, u.organisationEvents(), u.points(), u.reviewed(), u.reviewed(), u.published(), u.confirmed(),
          u.measureEvents(), u.revised()};
      for (int i = 0; i < max.length; i++) {
        max[i] = Math.max(max[i], e[i]);
      }
    }
    return max;
  }

  private static Totals totals(List<UnitPlan> units) {
    long posts = 0;
    long officials = 0;
    long powers = 0;
    long unitWide = 0;
    long comments = 0;
    long journal = 0;
    long measures = 0;
    long[] states = new long[ReviewState.values().length];
    int depth = 0;
    for (UnitPlan u : units) {
      posts += u.posts;
      officials += u.officials();
      powers += u.powers;
      unitWide += u.unitWidePoints;
      comments += u.comments;
      journal += u.journalEntries();
      measures += u.measures();
      for (int i = 0; i < states.length; i++) {
        states[i] += u.states[i];
      }
      depth = Math.max(depth, u.depth);
    }
    return Totals.of(units.size(), posts, officials, posts, powers, states, unitWide, comments, measures, journal,
        depth);
  }

  private static String two(int i) {
    return i < 100 ? String.format(Locale.ROOT, "%02d", i) : Integer.toString(i);
  }

  private static String three(int i) {
    return String.format(Locale.ROOT, "%03d", i);
  }
}
