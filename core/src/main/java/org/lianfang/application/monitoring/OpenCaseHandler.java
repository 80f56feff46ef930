package org.lianfang.application.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.internal.Ids;
import org.lianfang.monitoring.CaseTerms;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Unit;

/**
 * Opens a case under electronic supervision (P-20): answered as for a unit that does not exist if the actor may not
 * read the unit's organisation (issue 10, finding 12); refused unless the actor may record the unit's cases; the power
 * item must be the unit's; the limit whole minutes, more than none and at most a year of working days; the start now
 * or earlier.
 */
final class OpenCaseHandler implements CommandHandler<OpenCase, SupervisionCaseId> {
  private final Ids ids;
  private final CaseSignals signals;

  OpenCaseHandler(Ids ids, CaseSignals signals) {
    this.ids = ids;
    this.signals = signals;
  }

  @Override
  public Outcome<SupervisionCaseId> execute(Session s, OpenCase c) {
    Optional<Unit> unit = s.unit(c.unit());
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.RECORD_MONITORING, unit.get(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Duration limit = c.limit();
    if (!CaseTerms.isLimit(limit)) {
      return Outcome.refused(Refusals.invalid("limit", "Limit", "承诺时限", "limit",
          "承诺时限须为整分钟，大于零，且不超过一年的工作时间", "a limit is whole minutes, more than none and at most a year of working time"));
    }
    return open(s, c.unit(), c.powerItem(), c.number(), c.started(), limit, Optional.empty());
  }

  /**
   * Opens a case of the unit, its access checked: the power item must be the unit's.
   *
   * @return the case's id, or a refusal
   */
  Outcome<SupervisionCaseId> open(Session s, UnitId unit, PowerItemId powerItem, String number, Instant started,
      Duration limit, Optional<ServiceCommitmentId> commitment) {
    Optional<PowerItem> power = s.store().powerItems().find(powerItem);
    if (power.isEmpty() || !power.get().unitId().equals(unit)) {
      return Outcome.refused(Refusals.invalid("powerItem", "SameUnit", "职权事项", "power item", "本单位没有该职权事项",
          "no such power item in the unit"));
    }
    CaseTerms terms = new CaseTerms(powerItem, number, started.truncatedTo(ChronoUnit.MILLIS), limit, commitment);
    SupervisionCaseId id = new SupervisionCaseId(ids.next());
    return SupervisionCase.open(id, unit, terms, s.now()).map(change -> {
      SupervisionCase opened = s.record(change);
      s.store().supervisionCases().insert(opened);
      signals.schedule(s, opened, s.now());
      return id;
    });
  }
}
