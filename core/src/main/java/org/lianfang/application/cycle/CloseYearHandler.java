package org.lianfang.application.cycle;

import java.util.ArrayList;
import java.util.List;
import org.lianfang.Change;
import org.lianfang.DomainEvent;
import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CycleEvent;
import org.lianfang.cycle.CyclePhase;

/**
 * Closes a unit's year today (S-16, S-13), found as {@link Cycles#find} finds it: refused unless the cycle is in
 * summary and acceptance and, as {@link AnnualCycle#advance} decides on what the unit's records hold today, past its
 * guard (no point stale, no rectification item open); then the unit's points and measures are frozen as the year's
 * register and the cycle's closing carries the register's counts and digest ({@link RegisterDigest}).
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
    if (cycle.phase() != CyclePhase.ACCEPTANCE) {
      return Outcome.refused(Cycles.notIn(cycle, CyclePhase.ACCEPTANCE));
    }
    CycleFigures today = RegisterFigures.read(s.store(), cycle.unitId(), cycle.year(), s.today(), coverage);
    return cycle.advance(today).map(change -> {
      s.store().registers().freeze(cycle.unitId(), cycle.year(), s.today());
      List<DomainEvent> events = new ArrayList<>(change.events());
      events.add(new CycleEvent.Frozen(cycle.unitId(), cycle.id(), RegisterDigest.of(s.store(), cycle.unitId(),
          cycle.year())));
      s.store().annualCycles().update(s.record(new Change<>(change.after(), events)));
      return c.cycle();
    });
  }
}
