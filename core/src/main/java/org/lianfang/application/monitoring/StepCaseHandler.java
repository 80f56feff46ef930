package org.lianfang.application.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.monitoring.CaseAction;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;

/**
 * Records what happened to a case (P-20): answered as for one that does not exist if the actor may not read the unit's
 * organisation; refused unless the actor may record the unit's cases, and for an instant after now; the case judges
 * the rest. A completion fixes the signal the case reached, which the tick may not have seen yet ({@link CaseSignals}).
 */
final class StepCaseHandler implements CommandHandler<StepCase, SupervisionCaseId> {
  private final CaseSignals signals;

  StepCaseHandler(CaseSignals signals) {
    this.signals = signals;
  }

  @Override
  public Outcome<SupervisionCaseId> execute(Session s, StepCase c) {
    Refusal unknown = Refusals.unknown("监察案件", "supervision case", c.supervisionCase());
    Optional<SupervisionCase> found = s.store().supervisionCases().find(c.supervisionCase());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseen(Operation.RECORD_MONITORING, found.get().unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Instant at = c.at().truncatedTo(ChronoUnit.MILLIS);
    if (at.isAfter(s.now())) {
      return Outcome.refused(Refusals.invalid("at", "NotInTheFuture", "时间", "at", "时间 " + at + " 晚于现在 " + s.now(),
          "the instant " + at + " is after now, " + s.now()));
    }
    return found.get().act(c.action(), at, c.step(), c.limit()).map(change -> {
      SupervisionCase after = s.record(change);
      if (c.action() == CaseAction.COMPLETE) {
        after = signals.settle(s, after, at);
      }
      // the deadline first, then the case: the order the tick locks them in, so the two never wait on each other
      signals.schedule(s, after, s.now());
      s.store().supervisionCases().update(after);
      return c.supervisionCase();
    });
  }
}
