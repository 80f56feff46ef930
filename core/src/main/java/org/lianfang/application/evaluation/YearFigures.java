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
 * call, which a store may answer in one query whatever the number of units, never one record at a time. The records
 * are read as they stand; {@code asOf} (or the year's last day, if later) decides which months' checks are due and
 * submitted, which of the year's items are overdue, which measures and disclosures are in effect, and which reports,
 * accountability records and appraisal analyses of the year count (those by that day). Secret power items (涉密) are
 * neither counted nor expected to be disclosed. Stateless.
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
    Map<UnitId, List<RiskPoint>> points = store.riskPoints().inUnits(units);
    Map<UnitId, List<ControlMeasure>> measures = store.controlMeasures().inUnits(units);
    Map<UnitId, List<PowerItem>> powers = store.powerItems().inUnits(units);
    Map<UnitId, List<PowerDisclosure>> disclosures = store.powerDisclosures().inUnits(units);
    Map<UnitId, List<MonthlyCheck>> monthly = store.monthlyChecks().inUnits(units);
    Map<UnitId, List<RectificationItem>> items = store.rectificationItems().inUnits(units);
    Map<UnitId, List<Report>> reports = store.reports().inUnits(units);
    Map<UnitId, List<InspectionFinding>> findings = store.inspectionFindings().inUnits(units);
    Map<UnitId, List<Post>> posts = store.posts().inUnits(units);
    Map<UnitId, List<Tenure>> tenures = store.tenures().inUnits(units);
    Map<UnitId, List<AppraisalRound>> rounds = store.appraisalRounds().inUnits(units);
    Map<UnitId, EvaluationFigures> all = new LinkedHashMap<>();
    for (UnitId u : units) {
      Set<RiskPointId> live = new HashSet<>();
      Map<RiskPointId, Posted> posted = new HashMap<>();
      int owned = 0;
      for (RiskPoint p : points.getOrDefault(u, List.of())) {
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
      List<ControlMeasure> ms = measures.getOrDefault(u, List.of());
      Set<RiskPointId> covered = new HashSet<>();
      for (ControlMeasure m : ms) {
        if (inForce(m, until, until)) {
          m.points().stream().filter(live::contains).forEach(covered::add);
        }
      }
      Set<PowerItemId> open = new HashSet<>();
      powers.getOrDefault(u, List.of()).stream().filter(i -> !i.secret()).forEach(i -> open.add(i.id()));
      Set<PowerItemId> disclosed = new HashSet<>();
      for (PowerDisclosure d : disclosures.getOrDefault(u, List.of())) {
        if (open.contains(d.powerItem()) && !d.published().isAfter(until)
            && d.withdrawal().map(w -> w.day().isAfter(until)).orElse(true)) {
          disclosed.add(d.powerItem());
        }
      }
      int[] checks3 = checks(monthly.getOrDefault(u, List.of()), ms, posted, year, asOf, checks);
      int overdue = (int) items.getOrDefault(u, List.of()).stream().filter(i -> i.opened().getYear()
          == year.getValue() && i.overdue(until)).count();
      int unhandled = (int) reports.getOrDefault(u, List.of()).stream().filter(r -> year.getValue() == r.intake()
          .received().getYear() && !r.intake().received().isAfter(asOf) && (r.state() == ReportState.RECEIVED
              || r.state() == ReportState.ACCEPTED || r.state() == ReportState.DISPOSED)).count();
      int[] held = held(findings.getOrDefault(u, List.of()), posts.getOrDefault(u, List.of()),
          tenures.getOrDefault(u, List.of()), year, asOf);
      long[] appraisal = appraisal(rounds.getOrDefault(u, List.of()), year, asOf);
      all.put(u, new EvaluationFigures(u, year, asOf, live.size(), owned, covered.size(), open.size(),
          disclosed.size(), checks3[0], checks3[1], checks3[2], checks3[3], checks3[4], overdue, unhandled, held[0],
          held[1], appraisal[0], appraisal[1]));
    }
    return all;
  }

  private static boolean inForce(ControlMeasure m, LocalDate by, LocalDate stillOn) {
    return m.life().inForce().map(d -> !d.isAfter(by)).orElse(false)
        && m.life().ended().map(d -> !d.isBefore(stillOn)).orElse(true);
  }

  /**
   * @return the checks owed (a post and a month of the year due by {@code asOf}, when a measure on a point of the post,
   *     not retired before the month began, was in force by the month's due day; or a month with a check submitted
   *     by then), those submitted by {@code asOf}, and their rows FULL, PARTIAL and NONE
   */
  private static int[] checks(List<MonthlyCheck> checks, List<ControlMeasure> measures,
      Map<RiskPointId, Posted> posted, Year year, LocalDate asOf, CheckPolicy policy) {
    Map<YearMonth, Set<PostId>> owing = new HashMap<>();
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
    int[] n = new int[5];
    for (MonthlyCheck c : checks) {
      boolean submitted = c.state() != CheckState.OPEN && !c.life().submitted().orElseThrow().isAfter(asOf);
      if (c.month().getYear() != year.getValue() || !submitted) {
        continue;
      }
      owing.computeIfAbsent(c.month(), k -> new HashSet<>()).add(c.post());
      n[1]++;
      c.rows().forEach(r -> n[2 + r.rating().ordinal()]++);
    }
    n[0] = owing.values().stream().mapToInt(Set::size).sum();
    return n;
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
