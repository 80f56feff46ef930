package org.lianfang.application.cycle;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePhase;

/**
 * Leaves a phase of a unit's year today (S-16): answered as for a cycle that does not exist if the actor may not read
 * its unit's organisation; refused unless the actor may {@code RUN_CYCLE} the unit, the cycle is in the phase named
 * and that phase is one the year's closing does not leave; then as {@link AnnualCycle#advance} decides on what the
 * unit's records hold today ({@link RegisterFigures}).
 */
final class LeavePhaseHandler implements CommandHandler<LeavePhase, AnnualCycleId> {
  private final CoveragePolicy coverage;

  LeavePhaseHandler(CoveragePolicy coverage) {
    this.coverage = coverage;
  }

  @Override
  public Outcome<AnnualCycleId> execute(Session s, LeavePhase c) {
    Refusal unknown = Refusals.unknown("年度工作", "annual cycle", c.cycle());
    Optional<AnnualCycle> found = s.store().annualCycles().find(c.cycle());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    AnnualCycle cycle = found.get();
    Optional<Refusal> refused = s.denyUnseen(Operation.RUN_CYCLE, cycle.unitId(), unknown)
        .or(() -> VersionCheck.refuseIfStale(cycle, c.expectedVersion(), "年度工作", "annual cycle"));
    if (refused.isEmpty() && (c.phase() == CyclePhase.ACCEPTANCE || c.phase() == CyclePhase.CLOSED)) {
      refused = Optional.of(Refusals.invalid("phase", "BeforeAcceptance", "阶段", "phase", "“" + c.phase().chinese()
          + "”阶段不能以此结束：总结验收以关闭年度结束", "the " + c.phase().code() + " phase is not left this way: "
          + "summary and acceptance ends when the year is closed"));
    }
    if (refused.isEmpty() && cycle.phase() != c.phase()) {
      refused = Optional.of(Refusals.rule(cycle.year() + " 年度处于“" + cycle.phase().chinese() + "”阶段，不是“"
          + c.phase().chinese() + "”阶段", "the year " + cycle.year() + " is in the " + cycle.phase().code()
          + " phase, not " + c.phase().code()));
    }
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    return cycle.advance(RegisterFigures.read(s.store(), cycle.unitId(), s.today(), coverage)).map(change -> {
      s.store().annualCycles().update(s.record(change));
      return c.cycle();
    });
  }
}
