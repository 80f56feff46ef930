package org.lianfang.application.cycle;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.RegisterDigests;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePolicy;
import org.lianfang.cycle.CycleProgress;
import org.lianfang.cycle.FrozenRecords;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.cycle.RevisionCandidate;
import org.lianfang.cycle.YearStatistics;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPoint;

/**
 * The annual cycle's reads (S-16): a unit's years, where a subtree's year stands, and what a phase's guard would read
 * today. A cycle is read by whoever may read its unit's organisation; the figures, which count the unit's risk points
 * in any state, by whoever may read its risks. Thread-safe when the store is.
 */
public final class CycleQueries {
  private final CommandRunner runner;
  private final CyclePolicy policy;
  private final CoveragePolicy coverage;

  CycleQueries(CommandRunner runner, CyclePolicy policy, CoveragePolicy coverage) {
    this.runner = runner;
    this.policy = policy;
    this.coverage = coverage;
  }

  /** @return the cycle policy the instance opens years under */
  public CyclePolicy policy() {
    return policy;
  }

  /**
   * @param actor who reads (needs {@code READ_ORGANIZATION} on its unit)
   * @param cycle a unit's year
   * @return it, if it exists and the actor may read it
   */
  public Optional<AnnualCycle> cycle(Actor actor, AnnualCycleId cycle) {
    Session s = runner.session(actor);
    return s.store().annualCycles().find(cycle).filter(c -> s.may(Operation.READ_ORGANIZATION, c.unitId(), false));
  }

  /**
   * @param actor who reads (needs {@code READ_ORGANIZATION} on the unit)
   * @param unit a unit
   * @return its years, oldest first; empty if the actor may not read them
   */
  public List<AnnualCycle> years(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_ORGANIZATION, unit, false)) {
      return List.of();
    }
    return s.store().annualCycles().inUnit(unit).stream().sorted(Comparator.comparing(AnnualCycle::year)).toList();
  }

  /**
   * What the guards would read of a unit's records today ({@link AnnualCycle#refusal}), items carried out of the year
   * its open cycle works (or today's, without one) not counted.
   *
   * @param actor who reads (needs {@code READ_RISKS} on the unit)
   * @param unit a unit
   * @return its figures today; empty if the unit does not exist or the actor may not read its risks
   */
  public Optional<CycleFigures> figures(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (s.store().units().find(unit).isEmpty() || !s.may(Operation.READ_RISKS, unit, false)) {
      return Optional.empty();
    }
    Year year = Cycles.open(s, unit).map(AnnualCycle::year).orElse(Year.from(s.today()));
    return Optional.of(RegisterFigures.read(s.store(), unit, year, s.today(), coverage));
  }

  /**
   * A closed year's register as stored now: its counts and the digest computed again from its records, to compare
   * with the one its closing put into the unit's journal ({@code cycle.register-frozen}).
   *
   * @param actor who reads (needs {@code READ_RISKS} on the unit)
   * @param unit a unit
   * @param year a year
   * @return the register's counts and digest; empty if the year is not closed or the actor may not read the unit's
   *     risks
   */
  public Optional<FrozenRegister> register(Actor actor, UnitId unit, Year year) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_RISKS, unit, false) || s.store().registers().frozenOn(unit, year).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RegisterDigests.of(s.store().journal().digest(), year, s.store().registers().points(unit, year),
        s.store().registers().measures(unit, year)));
  }

  /**
   * What differs between a closed year's register and the unit's register as it stands (S-12, P-26: 修正完善): each
   * point added since, adjusted (grade, measures, owners) or deleted (retired), with its reason.
   *
   * @param actor who reads (needs {@code READ_RISKS} on the unit)
   * @param unit a unit
   * @param from a closed year
   * @return the diff, read from one snapshot of the store; empty if the year is not closed or the actor may not read
   *     the unit's risks
   */
  public Optional<RegisterDiff> revision(Actor actor, UnitId unit, Year from) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_RISKS, unit, false) || s.store().registers().frozenOn(unit, from).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(s.store().transactions().inSnapshot(() -> Revisions.since(s.store(), unit, from)));
  }

  /**
   * What a unit's revision would post today (S-12, P-26): what changed in its register since its last closed year
   * before its open year (before this year, without one), each point added, adjusted or deleted with its reason; for a
   * unit that closed none, every point of its register, added.
   *
   * @param actor who reads (needs {@code READ_RISKS} on the unit)
   * @param unit a unit
   * @return the changes, read from one snapshot; empty if the unit does not exist or the actor may not read its risks
   */
  public Optional<RegisterDiff> changes(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (s.store().units().find(unit).isEmpty() || !s.may(Operation.READ_RISKS, unit, false)) {
      return Optional.empty();
    }
    return Optional.of(s.store().transactions().inSnapshot(() -> Revisions.changes(s.store(), unit,
        Cycles.open(s, unit).map(AnnualCycle::year).orElse(Year.from(s.today())))));
  }

  /**
   * The candidate changes of a unit's revision (S-12, P-3, P-25, P-26), found since its register last froze (ever,
   * before its first year closed): points stale now, public appraisal items flagged in rounds analysed after that day,
   * reports received after it and linked to risk points (their content stays sealed), and rectification items not
   * closed, carried into the year or open. They change nothing: the unit decides, and what it changes is its
   * revision's diff.
   *
   * @param actor who reads (needs {@code READ_RISKS} on the unit; appraisals need {@code READ_CHECKS}, reports {@code
   *     READ_REPORTS} and {@code READ_SEALED}, items {@code READ_MONITORING}, else those sources are left out)
   * @param unit a unit
   * @return its candidates by source ({@link RevisionCandidate.Source} order), then by the record's id and the point,
   *     read from one snapshot; empty if the actor may not read the unit's risks
   */
  public List<RevisionCandidate> candidates(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_RISKS, unit, false)) {
      return List.of();
    }
    return s.store().transactions().inSnapshot(() -> Candidates.of(s, unit));
  }

  /**
   * The yearly statistics of a subtree (P-26): each unit's powers, key powers, points by grade and measures, then the
   * subtree's sums. A closed year is read from each unit's frozen register; a year a unit has not closed, from its
   * register as it stands today. Power items belong to no year: they are counted as they stand.
   *
   * @param actor who reads (units whose risks they may not read are left out)
   * @param root the subtree's top
   * @param year the year
   * @return a row per unit the actor may read, in the subtree's order, then their sums under the top's id and name;
   *     empty if the actor may read none
   */
  public List<YearStatistics> statistics(Actor actor, UnitId root, Year year) {
    Session s = runner.session(actor);
    return s.store().transactions().inSnapshot(() -> {
      List<YearStatistics> rows = new ArrayList<>();
      List<Unit> subtree = Visibility.subtree(s, root);
      List<Unit> read = subtree.stream().filter(u -> s.may(Operation.READ_RISKS, u.id(), false)).toList();
      for (List<Unit> batch : Visibility.batches(read)) {
        List<UnitId> ids = Visibility.ids(batch);
        Map<UnitId, FrozenRecords> closed = s.store().registers().frozen(ids, year);
        List<UnitId> open = ids.stream().filter(u -> !closed.containsKey(u)).toList();
        Map<UnitId, List<PowerItem>> powers = s.store().powerItems().inUnits(ids);
        Map<UnitId, List<RiskPoint>> points = s.store().riskPoints().inUnits(open);
        Map<UnitId, List<ControlMeasure>> measures = s.store().controlMeasures().inUnits(open);
        for (Unit u : batch) {
          FrozenRecords register = closed.get(u.id());
          rows.add(YearStatistics.of(u.id(), u.name(), year, powers.get(u.id()),
              register != null ? register.points() : points.get(u.id()),
              register != null ? register.measures() : measures.get(u.id())));
        }
      }
      if (!rows.isEmpty()) {
        rows.add(YearStatistics.total(root, subtree.get(0).name() + " 合计", year, List.copyOf(rows)));
      }
      return rows;
    });
  }

  /**
   * Where a subtree's year stands today: for the discipline body following a rollout (S-1).
   *
   * @param actor who reads (units whose organisation they may not read are left out)
   * @param root the subtree's top
   * @param year the year
   * @return a row per unit the actor may read, in the subtree's order
   */
  public List<CycleProgress> progress(Actor actor, UnitId root, Year year) {
    Session s = runner.session(actor);
    List<Unit> units = Visibility.subtree(s, root).stream()
        .filter(u -> s.may(Operation.READ_ORGANIZATION, u.id(), false)).toList();
    Map<UnitId, List<AnnualCycle>> cycles = s.store().annualCycles().inUnits(units.stream().map(Unit::id).toList());
    List<CycleProgress> rows = new ArrayList<>(units.size());
    for (Unit u : units) {
      Optional<AnnualCycle> c = cycles.getOrDefault(u.id(), List.of()).stream().filter(a -> a.year().equals(year))
          .findFirst();
      rows.add(new CycleProgress(u.id(), u.code(), u.name(), year, c, c.isPresent() && c.get().overdue(s.today())));
    }
    return rows;
  }
}
