package org.lianfang.application.cycle;

import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePhase;

/** Finding the cycle a command names, and whether the actor may run it. Stateless. */
final class Cycles {
  private Cycles() {}

  /**
   * @param s the command's session
   * @param id the cycle named
   * @param expectedVersion the version the command expects, if any
   * @return the cycle, or the refusal: as for one that does not exist if the actor may not read its unit's
   *     organisation, not allowed (every step needs {@code RUN_CYCLE} on the unit), or stale
   */
  static Found find(Session s, AnnualCycleId id, OptionalLong expectedVersion) {
    Refusal unknown = Refusals.unknown("年度工作", "annual cycle", id);
    Optional<AnnualCycle> found = s.store().annualCycles().find(id);
    if (found.isEmpty()) {
      return new Found(null, Optional.of(unknown));
    }
    AnnualCycle cycle = found.get();
    return new Found(cycle, s.denyUnseen(Operation.RUN_CYCLE, cycle.unitId(), unknown)
        .or(() -> VersionCheck.refuseIfStale(cycle, expectedVersion, "年度工作", "annual cycle")));
  }

  /**
   * @param cycle a cycle
   * @param phase the phase a command means to leave
   * @return the refusal of a command that finds the cycle in another phase than it names
   */
  static Refusal notIn(AnnualCycle cycle, CyclePhase phase) {
    return Refusals.rule(cycle.year() + " 年度处于“" + cycle.phase().chinese() + "”阶段，不是“" + phase.chinese() + "”阶段",
        "the year " + cycle.year() + " is in the " + cycle.phase().code() + " phase, not " + phase.code());
  }

  /**
   * @param s a session
   * @param unit a unit
   * @return its year not yet closed, if it has one (a unit works one year at a time)
   */
  static Optional<AnnualCycle> open(Session s, UnitId unit) {
    return s.store().annualCycles().inUnit(unit).stream().filter(c -> c.phase() != CyclePhase.CLOSED).findFirst();
  }

  /** A cycle, or why the command is refused. */
  record Found(AnnualCycle cycle, Optional<Refusal> refused) {}
}
