package org.lianfang.application.cycle;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.CyclePolicy;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;

/**
 * Opens a unit's year (S-1, S-16): answered as for a unit that does not exist if the actor may not find it; refused
 * unless the actor may {@code RUN_CYCLE} the unit; a year from the first day on, later than every year the unit has
 * opened, and only once the unit's last year is closed, so that a unit works one year at a time; the year not over
 * today and at most the next ({@link AnnualCycle#open}).
 */
final class OpenYearHandler implements CommandHandler<OpenYear, AnnualCycleId> {
  private final Ids ids;
  private final CyclePolicy policy;
  private final CyclePolicies policies;

  OpenYearHandler(Ids ids, CyclePolicy policy, CyclePolicies policies) {
    this.ids = ids;
    this.policy = policy;
    this.policies = policies;
  }

  @Override
  public Outcome<AnnualCycleId> execute(Session s, OpenYear c) {
    return open(s, c, s.store().annualCycles().inUnit(c.unit()));
  }

  /**
   * As {@link #execute}, on the unit's years its caller read already in the same transaction (a rollout reads them
   * to skip a unit that has the year).
   *
   * @param s the command's session
   * @param c the command
   * @param years every year of the unit
   * @return the new cycle's id, or the refusal
   */
  Outcome<AnnualCycleId> open(Session s, OpenYear c, List<AnnualCycle> years) {
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> refused = s.denyUnseenUnit(Operation.RUN_CYCLE, unit.get(), unknown);
    if (refused.isEmpty() && c.year().getValue() < Limits.FIRST_DAY.getYear()) {
      refused = Optional.of(Refusals.invalid("year", "FromTheFirstDay", "年度", "year", "年度不能早于 "
          + Limits.FIRST_DAY.getYear() + " 年", "the year is " + Limits.FIRST_DAY.getYear() + " or later"));
    }
    Optional<AnnualCycle> last = years.stream().max(Comparator.comparing(AnnualCycle::year));
    if (refused.isEmpty() && last.isPresent() && !last.get().year().isBefore(c.year())) {
      refused = Optional.of(Refusals.invalid("year", "AfterTheLastYear", "年度", "year", unit.get().name() + " 已开启 "
          + last.get().year() + " 年度，只能开启其后的年度", unit.get().code() + " has opened " + last.get().year()
          + "; only a later year may be opened"));
    }
    if (refused.isEmpty() && last.isPresent() && last.get().phase() != CyclePhase.CLOSED) {
      refused = Optional.of(Refusals.rule(unit.get().name() + " 的 " + last.get().year() + " 年度尚未关闭，不能开启 "
          + c.year() + " 年度", unit.get().code() + " has not closed " + last.get().year() + "; " + c.year()
          + " cannot be opened yet"));
    }
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    AnnualCycleId id = new AnnualCycleId(ids.next());
    return AnnualCycle.open(id, c.unit(), s.today(), c.year(), policy, policies).map(change -> {
      s.store().annualCycles().insert(s.record(change));
      return id;
    });
  }
}
