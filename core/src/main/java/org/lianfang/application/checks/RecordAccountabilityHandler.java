package org.lianfang.application.checks;

import java.util.List;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.Accountability;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.SpecialInspection;

/**
 * Records someone held accountable over a finding: answered as for a finding that does not exist if the actor may
 * not read the organisation of the inspecting body's unit or of the finding's; refused unless the actor may inspect
 * from the body's unit (a body below it, which could not see the inspection, may not add to it) and the unit; the
 * official must be of the unit or above, and the finding judges the day.
 */
final class RecordAccountabilityHandler implements CommandHandler<RecordAccountability, InspectionFindingId> {
  @Override
  public Outcome<InspectionFindingId> execute(Session s, RecordAccountability c) {
    Refusal unknown = Refusals.unknown("检查发现问题", "inspection finding", c.finding());
    Optional<InspectionFinding> found = s.store().inspectionFindings().find(c.finding());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    InspectionFinding f = found.get();
    UnitId body = s.store().specialInspections().find(f.inspection()).map(SpecialInspection::unitId)
        .orElse(f.unitId());
    Optional<Refusal> refused = s.denyUnseen(Operation.INSPECT, body, unknown)
        .or(() -> s.denyUnseen(Operation.INSPECT, f.unitId(), unknown))
        .or(() -> Concerned.people(s, f.unitId(), Optional.empty(), List.of(c.official())));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    return f.hold(new Accountability(c.official(), c.measure(), c.decision(), c.day()), s.today()).map(change -> {
      s.store().inspectionFindings().update(s.record(change));
      return c.finding();
    });
  }
}
