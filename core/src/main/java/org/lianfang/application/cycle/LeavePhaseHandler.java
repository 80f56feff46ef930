package org.lianfang.application.cycle;

import com.google.common.base.Suppliers;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.risk.PointStanding;

/**
 * Leaves a phase of a unit's year today (S-16), found as {@link Cycles#find} finds it: refused unless the cycle is in
 * the phase named and that phase is one the year's closing does not leave, and, under the revision's rule, unless the
 * changes posted are still the register's ({@link Revisions}); then as {@link AnnualCycle#advance} decides on what the
 * unit's records hold today ({@link RegisterFigures}).
 */
final class LeavePhaseHandler implements CommandHandler<LeavePhase, AnnualCycleId> {
  private final CoveragePolicy coverage;

  LeavePhaseHandler(CoveragePolicy coverage) {
    this.coverage = coverage;
  }

  @Override
  public Outcome<AnnualCycleId> execute(Session s, LeavePhase c) {
    Cycles.Found found = Cycles.find(s, c.cycle(), c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    AnnualCycle cycle = found.cycle();
    Optional<Refusal> refused = Optional.empty();
    if (c.phase() == CyclePhase.ACCEPTANCE || c.phase() == CyclePhase.CLOSED) {
      refused = Optional.of(Refusals.invalid("phase", "BeforeAcceptance", "阶段", "phase", "“" + c.phase().chinese()
          + "”阶段不能以此结束：总结验收以关闭年度结束", "the " + c.phase().code() + " phase is not left this way: "
          + "summary and acceptance ends when the year is closed"));
    }
    if (refused.isEmpty() && cycle.phase() != c.phase()) {
      refused = Optional.of(Cycles.notIn(cycle, c.phase()));
    }
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    // the unit's chain locked first, as a closing does: the revision's check and the figures then judge one state of
    // the register, the points' standings read, and the points whole only if the revision's digest is to be computed
    s.store().journal().head(cycle.unitId());
    List<PointStanding> points = s.store().riskPoints().standings(cycle.unitId());
    Supplier<List<ControlMeasure>> measures = Suppliers.memoize(() -> s.store().controlMeasures()
        .inUnit(cycle.unitId()));
    if (c.phase() == CyclePhase.REVISION) {
      Optional<Refusal> changed = Revisions.changedSincePosted(cycle, () -> Revisions.register(s.store(), cycle,
          points, () -> s.store().riskPoints().inUnit(cycle.unitId()), measures.get()).digest());
      if (changed.isPresent()) {
        return Outcome.refused(changed.get());
      }
    }
    CycleFigures today = RegisterFigures.of(s.store(), cycle.unitId(), cycle.year(), s.today(), coverage, points,
        measures);
    return cycle.advance(today).map(change -> {
      s.store().annualCycles().update(s.record(change));
      return c.cycle();
    });
  }
}
