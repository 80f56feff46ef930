package org.lianfang.application.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.DomainEvent;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleEvent;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.risk.PointStanding;

/**
 * Closes a unit's year today (S-16, S-13), found as {@link Cycles#find} finds it: refused unless the cycle is in
 * summary and acceptance and, as {@link AnnualCycle#advance} decides on what the unit's records hold today, past its
 * guard (no point stale, no rectification item open, the latest revision's notice over) and, under the revision's
 * rule, with the register as the revision posted it ({@link Revisions}); then the unit's points and measures are
 * frozen as the year's register and the cycle's closing carries the register's counts and digest ({@link
 * Revisions#register}) of the records read for the guards: the unit's chain is locked before they are read, and the
 * ids and versions frozen must be theirs, else the closing is a conflict and the runner runs it again.
 */
final class CloseYearHandler implements CommandHandler<CloseYear, AnnualCycleId> {
  private final CoveragePolicy coverage;

  CloseYearHandler(CoveragePolicy coverage) {
    this.coverage = coverage;
  }

  @Override
  public Outcome<AnnualCycleId> execute(Session s, CloseYear c) {
    Cycles.Found found = Cycles.find(s, c.cycle(), c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    AnnualCycle cycle = found.cycle();
    UnitId unit = cycle.unitId();
    if (cycle.phase() != CyclePhase.ACCEPTANCE) {
      return Outcome.refused(Cycles.notIn(cycle, CyclePhase.ACCEPTANCE));
    }
    // the unit's chain locked first: no other command of the unit commits until this one does, so the register read
    // here, for the guards, the revision's check and the digest, is the one the freeze copies (on a database whose
    // snapshot was taken by an earlier read, the versions frozen are compared below); the points' standings are read,
    // and the points whole only if the digest is to be computed
    s.store().journal().head(unit);
    List<PointStanding> points = s.store().riskPoints().standings(unit);
    List<ControlMeasure> measures = s.store().controlMeasures().inUnit(unit);
    FrozenRegister register = Revisions.register(s.store(), cycle, points, () -> s.store().riskPoints().inUnit(unit),
        measures);
    Optional<Refusal> changed = Revisions.changedSincePosted(cycle, register::digest);
    if (changed.isPresent()) {
      return Outcome.refused(changed.get());
    }
    CycleFigures today = RegisterFigures.of(s.store(), unit, cycle.year(), s.today(), coverage, points,
        () -> measures);
    return cycle.advance(today).map(change -> {
      if (!s.store().registers().freeze(unit, cycle.year(), s.today()).equals(Revisions.versionsOf(points,
          measures))) {
        // another command committed between this one's read and its copy: run again, on what it left
        throw new StaleAggregateException("the register of " + cycle.year() + " of unit " + unit, cycle.version());
      }
      List<DomainEvent> events = new ArrayList<>(change.events());
      events.add(new CycleEvent.Frozen(unit, cycle.id(), register));
      s.store().annualCycles().update(s.record(new Change<>(change.after(), events)));
      return c.cycle();
    });
  }
}
