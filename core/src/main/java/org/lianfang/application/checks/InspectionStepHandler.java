package org.lianfang.application.checks;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;

/**
 * Takes a special inspection one step today: answered as for one that does not exist if the actor may not read its
 * unit's organisation (issue 10, finding 12); refused unless the actor may inspect from its unit, or as stale; the
 * inspection judges the step.
 */
final class InspectionStepHandler implements CommandHandler<InspectionStep, SpecialInspectionId> {
  @Override
  public Outcome<SpecialInspectionId> execute(Session s, InspectionStep c) {
    Refusal unknown = Refusals.unknown("专项检查", "special inspection", c.inspection());
    Optional<SpecialInspection> found = s.store().specialInspections().find(c.inspection());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    SpecialInspection i = found.get();
    Optional<Refusal> refused = s.denyUnseen(Operation.INSPECT, i.unitId(), unknown)
        .or(() -> VersionCheck.refuseIfStale(i, c.expectedVersion(), "专项检查", "special inspection"));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    return i.act(c.action(), s.today(), c.summary()).map(change -> {
      s.store().specialInspections().update(s.record(change));
      return c.inspection();
    });
  }
}
