package org.lianfang.application.evaluation;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.lianfang.UnitId;
import org.lianfang.checks.Accountability;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalResult;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.evaluation.EvaluationFigures;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportState;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Tenure;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;

/**
 * Reads the figures of many units' year at once (P-24): each kind's records of all the units in one {@code inUnits}
 * call, which a store may answer in one query whatever the number of units, never one record at a time. Kind by kind:
 * each kind's records are tallied per unit and let go before the next kind is read, so that one large kind of the
 * units is held at a time (posts and tenures, small, are kept while the findings are read; a city's year of monthly
 * checks is millions of rows, and held together with every other kind, they made the collector copy them over and
 * over, eval-bench of issue 13). The records are read as they
 * stand; {@code asOf} (or the year's last day, if later) decides which months' checks are due and submitted, which of
 * the year's items are overdue, which measures and disclosures are in effect, and which reports, accountability
 * records and appraisal analyses of the year count (those by that day). Secret power items (涉密) are neither counted
 * nor expected to be disclosed. Stateless.
 */
final class YearFigures {
  private YearFigures() {}

  /**
   * @param store the store, in a read session
   * @param units the units
   * @param year the year
   * @param asOf the day the records are read as of: the year's checks due by then count, and items overdue then
   * @param checks when a month's check is due
   * @param zone the zone that says on what day a point was retired
   * @return each unit's figures, in the order given
   */
  static Map<UnitId, EvaluationFigures> read(Store store, Collection<UnitId> units, Year year, LocalDate asOf,
      CheckPolicy checks, ZoneId zone) {
    LocalDate until = asOf.isAfter(year.atDay(year.length())) ? year.atDay(year.length()) : asOf;
    Map<UnitId, Tally> t = new LinkedHashMap<>();
    units.forEach(u -> t.put(u, new Tally(u)));
    tally(t, store.riskPoints().inUnits(units), (u, points) -> u.points(points, zone));
    tally(t, store.controlMeasures().inUnits(units), (u, measures) -> u.measures(measures, year, asOf, until, checks));
    tally(t, store.monthlyChecks().inUnits(units), (u, monthly) -> u.checks(monthly, year, asOf));
    tally(t, store.powerItems().inUnits(units), (u, powers) -> powers.stream().filter(i -> !i.secret())
        .forEach(i -> u.open.add(i.id())));
    tally(t, store.powerDisclosures().inUnits(units), (u, disclosures) -> u.disclosures(disclosures, until));
    tally(t, store.rectificationItems().inUnits(units), (u, items) -> u.overdue = (int) items.stream()
        .filter(i -> i.opened().getYear() == year.getValue() && i.overdue(until)).count());
    tally(t, store.reports().inUnits(units), (u, reports) -> u.unhandled = (int) reports.stream()
        .filter(r -> year.getValue() == r.intake().received().getYear() && !r.intake().received().isAfter(asOf)
            && (r.state() == ReportState.RECEIVED || r.state() == ReportState.ACCEPTED
                || r.state() == ReportState.DISPOSED)).count());
    Map<UnitId, List<Post>> posts = store.posts().inUnits(units); // small, kept for the findings
    Map<UnitId, List<Tenure>> tenures = store.tenures().inUnits(units);
    tally(t, store.inspectionFindings().inUnits(units), (u, findings) -> u.held = held(findings,
        posts.getOrDefault(u.unit, List.of()), tenures.getOrDefault(u.unit, List.of()), year, asOf));
    tally(t, store.appraisalRounds().inUnits(units), (u, rounds) -> u.appraisal = appraisal(rounds, year, asOf));
    Map<UnitId, EvaluationFigures> all = new LinkedHashMap<>();
    t.forEach((id, u) -> all.put(id, new EvaluationFigures(id, year, asOf, u.live.size(), u.owned, u.covered,
        u.open.size(), u.disclosed.size(), u.owing.values().stream().mapToInt(Set::size).sum(), u.rated[0],
        u.rated[1], u.rated[2], u.rated[3], u.overdue, u.unhandled, u.held[0], u.held[1], u.appraisal[0],
        u.appraisal[1])));
    return all;
  }

  /**
   * Gives each unit asked its records of one kind; the store's map is let go once it returns. A unit the store gave
   * that was not asked is none of the evaluation's.
   */
  private static <T> void tally(Map<UnitId, Tally> tallies, Map<UnitId, List<T>> read,
      BiConsumer<Tally, List<T>> into) {
    read.forEach((u, records) -> {
      Tally t = tallies.get(u);
      if (t != null) {
        into.accept(t, records);
      }
    });
  }

  /** One unit's figures as its kinds are read, in the order {@link #read} reads them. */
  private static final class Tally {
    final UnitId unit;
    final Set<RiskPointId> live = new HashSet<>();
    /** The points on a post, live or retired: what the measures' checks are owed by. */
    final Map<RiskPointId, Posted> posted = new HashMap<>();
    int owned;
    int covered;
    /** The posts owing a check, by month. */
    final Map<YearMonth, Set<PostId>> owing = new HashMap<>();
    /** Checks submitted, then their rows FULL, PARTIAL and NONE. */
    final int[] rated = new int[4];
    final Set<PowerItemId> open = new HashSet<>();
    final Set<PowerItemId> disclosed = new HashSet<>();
    int overdue;
    int unhandled;
    int[] held = new int[2];
    long[] appraisal = new long[2];

    Tally(UnitId unit) {
      this.unit = unit;
    }

    void points(List<RiskPoint> points, ZoneId zone) {
      for (RiskPoint p : points) {
        boolean now = p.state() == ReviewState.CONFIRMED || p.state() == ReviewState.STALE;
        if (now) {
          live.add(p.id());
          owned += p.owners().isPresent() ? 1 : 0;
        }
        if (p.location().post().isPresent() && (now || p.state() == ReviewState.RETIRED)) {
          posted.put(p.id(), new Posted(p.location().post().get(), now ? LocalDate.MAX : p.history().stream()
              .filter(h -> h.to() == ReviewState.RETIRED).reduce((a, b) -> b)
              .map(h -> LocalDate.ofInstant(h.at(), zone)).orElse(LocalDate.MIN)));
        }
      }
    }

    /**
     * The live points covered, and the checks owed: a post and a month of the year due by {@code asOf}, when a
     * measure on a point of the post, not retired before the month began, was in force by the month's due day.
     */
    void measures(List<ControlMeasure> measures, Year year, LocalDate asOf, LocalDate until, CheckPolicy policy) {
      Set<RiskPointId> covering = new HashSet<>();
      for (ControlMeasure m : measures) {
        if (inForce(m, until, until)) {
          m.points().stream().filter(live::contains).forEach(covering::add);
        }
      }
      covered = covering.size();
      for (int m = 1; m <= 12; m++) {
        YearMonth month = year.atMonth(m);
        LocalDate due = policy.checkDue(month);
        if (due.isAfter(asOf)) {
          continue;
        }
        Set<PostId> posts = owing.computeIfAbsent(month, k -> new HashSet<>());
        for (ControlMeasure c : measures) {
          if (inForce(c, due, month.atDay(1))) {
            for (RiskPointId p : c.points()) {
              Posted at = posted.get(p);
              if (at != null && !at.retired().isBefore(month.atDay(1))) {
                posts.add(at.post());
              }
            }
          }
        }
      }
    }

    /** The checks of the year submitted by {@code asOf}, each also owed (a month with a check submitted), rated. */
    void checks(List<MonthlyCheck> checks, Year year, LocalDate asOf) {
      for (MonthlyCheck c : checks) {
        boolean submitted = c.state() != CheckState.OPEN && !c.life().submitted().orElseThrow().isAfter(asOf);
        if (c.month().getYear() != year.getValue() || !submitted) {
          continue;
        }
        owing.computeIfAbsent(c.month(), k -> new HashSet<>()).add(c.post());
        rated[0]++;
        c.rows().forEach(r -> rated[1 + r.rating().ordinal()]++);
      }
    }

    void disclosures(List<PowerDisclosure> disclosures, LocalDate until) {
      for (PowerDisclosure d : disclosures) {
        if (open.contains(d.powerItem()) && !d.published().isAfter(until)
            && d.withdrawal().map(w -> w.day().isAfter(until)).orElse(true)) {
          disclosed.add(d.powerItem());
        }
      }
    }
  }

  private static boolean inForce(ControlMeasure m, LocalDate by, LocalDate stillOn) {
    return m.life().inForce().map(d -> !d.isAfter(by)).orElse(false)
        && m.life().ended().map(d -> !d.isBefore(stillOn)).orElse(true);
  }

  /** A point's post, and the day it was retired ({@link LocalDate#MAX} while it is not). */
  private record Posted(PostId post, LocalDate retired) {}

  /**
   * @return accountability records of the year by {@code asOf} naming a principal leader of the unit that day, and
   *     the others
   */
  private static int[] held(List<InspectionFinding> findings, List<Post> posts, List<Tenure> tenures, Year year,
      LocalDate asOf) {
    Set<PostId> leading = new HashSet<>();
    posts.stream().filter(p -> p.profile().principalLeader()).forEach(p -> leading.add(p.id()));
    int[] n = new int[2];
    for (InspectionFinding f : findings) {
      for (Accountability a : f.accountability()) {
        if (a.day().getYear() == year.getValue() && !a.day().isAfter(asOf)) {
          OfficialId o = a.official();
          boolean leader = tenures.stream().anyMatch(t -> t.officialId().equals(o) && leading.contains(t.postId())
              && t.covers(a.day()));
          n[leader ? 0 : 1]++;
        }
      }
    }
    return n;
  }

  /** @return the scored answers of the rounds analysed in the year by {@code asOf}, and of them those satisfied */
  private static long[] appraisal(List<AppraisalRound> rounds, Year year, LocalDate asOf) {
    long[] n = new long[2];
    for (AppraisalRound r : rounds) {
      if (r.life().analysed().filter(d -> d.getYear() == year.getValue() && !d.isAfter(asOf)).isEmpty()) {
        continue;
      }
      for (AppraisalCounts c : r.counts()) {
        long[] t = AppraisalResult.tally(c, r.plan().scale());
        n[0] += t[0];
        n[1] += t[0] - t[1];
      }
    }
    return n;
  }
}
