package org.lianfang.application.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.CheckRollup;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.control.ControlMeasure;
import org.lianfang.organization.PostId;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The reads of the checks: a unit's monthly checks, for whoever may read its checks (the discipline body, the unit's
 * leader, an auditor, a section head on the section's posts; ARCHITECTURE.md decision 1). Thread-safe when the store
 * is.
 */
public final class ChecksQueries {
  private final CommandRunner runner;
  private final CheckPolicy policy;

  ChecksQueries(CommandRunner runner, CheckPolicy policy) {
    this.runner = runner;
    this.policy = policy;
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its monthly checks in every state, in id order, those of the posts the actor may read the checks of;
   *     empty if none
   */
  public List<MonthlyCheck> monthlyChecks(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (s.may(Operation.READ_CHECKS, unit, false)) {
      return s.store().monthlyChecks().inUnit(unit);
    }
    return s.store().monthlyChecks().inUnit(unit).stream()
        .filter(c -> s.mayOnPost(Operation.READ_CHECKS, unit, Optional.of(c.post()))).toList();
  }

  /**
   * @param actor who reads
   * @param check a check
   * @return it, if it exists and the actor may read the checks of its post
   */
  public Optional<MonthlyCheck> monthlyCheck(Actor actor, MonthlyCheckId check) {
    Session s = runner.session(actor);
    return s.store().monthlyChecks().find(check)
        .filter(c -> s.mayOnPost(Operation.READ_CHECKS, c.unitId(), Optional.of(c.post())));
  }

  /**
   * A unit's checks of a month rolled up (P-22): read in a few statements whatever the number of its posts (the
   * unit's posts, points, measures and checks once each).
   *
   * @param actor who reads (needs {@code READ_CHECKS} on the unit)
   * @param unit a unit
   * @param month a month
   * @return the roll-up; empty if the unit does not exist or the actor may not read its checks
   */
  public Optional<CheckRollup> rollup(Actor actor, UnitId unit, YearMonth month) {
    Session s = runner.session(actor);
    if (s.store().units().find(unit).isEmpty() || !s.may(Operation.READ_CHECKS, unit, false)) {
      return Optional.empty();
    }
    Set<RiskPointId> live = new HashSet<>();
    Map<RiskPointId, PostId> postOf = new HashMap<>();
    for (RiskPoint p : s.store().riskPoints().inUnit(unit)) {
      if (p.state() != ReviewState.RETIRED && p.location().post().isPresent()) {
        live.add(p.id());
        postOf.put(p.id(), p.location().post().get());
      }
    }
    LocalDate due = policy.checkDue(month);
    Set<PostId> owing = new HashSet<>();
    for (ControlMeasure m : s.store().controlMeasures().inUnit(unit)) {
      boolean inForce = m.life().inForce().map(d -> !d.isAfter(due)).orElse(false)
          && m.life().ended().map(d -> !d.isBefore(month.atDay(1))).orElse(true);
      if (inForce) {
        m.points().stream().filter(live::contains).map(postOf::get).forEach(owing::add);
      }
    }
    List<MonthlyCheck> ofMonth = s.store().monthlyChecks().inUnit(unit).stream()
        .filter(c -> c.month().equals(month)).toList();
    ofMonth.forEach(c -> owing.add(c.post()));
    int done = 0;
    int late = 0;
    Map<CheckRating, Integer> ratings = new EnumMap<>(CheckRating.class);
    for (MonthlyCheck c : ofMonth) {
      if (c.state() != CheckState.OPEN) {
        done++;
        late += c.life().submitted().orElseThrow().isAfter(due) ? 1 : 0;
        c.rows().forEach(r -> ratings.merge(r.rating(), 1, Integer::sum));
      }
    }
    int open = ofMonth.size() - done;
    return Optional.of(new CheckRollup(unit, month, due, owing.size(), done, late, open, owing.size()
        - ofMonth.size(), ratings));
  }

  /**
   * @param actor who reads
   * @param unit a discipline body's unit
   * @return its special inspections, in id order; empty if the actor may not read its checks
   */
  public List<SpecialInspection> inspections(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_CHECKS, unit, false) ? s.store().specialInspections().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param unit a unit inspected
   * @return what inspections found in it, in id order; empty if the actor may not read its checks
   */
  public List<InspectionFinding> findings(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_CHECKS, unit, false) ? s.store().inspectionFindings().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its half-year self-checks, in id order; empty if the actor may not read its checks
   */
  public List<SelfCheckReport> selfChecks(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_CHECKS, unit, false) ? s.store().selfCheckReports().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its public appraisal rounds, in id order, every contact a respondent left sealed (P-11) unless the actor
   *     may also read sealed identities; empty if the actor may not read its checks
   */
  public List<AppraisalRound> appraisals(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_CHECKS, unit, false)) {
      return List.of();
    }
    boolean clear = s.may(Operation.READ_SEALED, unit, false);
    return s.store().appraisalRounds().inUnit(unit).stream().map(r -> clear ? r : r.sealed()).toList();
  }

  /**
   * @param actor who reads
   * @param round a round
   * @return it, if it exists and the actor may read its unit's checks; sealed unless the actor may also read sealed
   *     identities (P-11)
   */
  public Optional<AppraisalRound> appraisal(Actor actor, AppraisalRoundId round) {
    Session s = runner.session(actor);
    return s.store().appraisalRounds().find(round).filter(r -> s.may(Operation.READ_CHECKS, r.unitId(), false))
        .map(r -> s.may(Operation.READ_SEALED, r.unitId(), false) ? r : r.sealed());
  }
}
