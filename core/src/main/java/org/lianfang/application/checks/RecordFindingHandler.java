package org.lianfang.application.checks;

import java.util.List;
import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.internal.Ids;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;

/**
 * Records what an inspection found in a unit and orders its rectification: answered as for an inspection that does
 * not exist if the actor may not read its unit's organisation; refused unless the actor may inspect the unit, the unit
 * is in the inspection's scope, and the inspection is under way or reported; the points must be the unit's and live,
 * the owner of the unit or above, the due day today or later. The finding and its rectification item (origin {@code
 * INSPECTION}) are both the unit's: one unit written (ARCHITECTURE.md decision 9).
 */
final class RecordFindingHandler implements CommandHandler<RecordFinding, InspectionFindingId> {
  private final Ids ids;

  RecordFindingHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<InspectionFindingId> execute(Session s, RecordFinding c) {
    Refusal unknown = Refusals.unknown("专项检查", "special inspection", c.inspection());
    Optional<SpecialInspection> found = s.store().specialInspections().find(c.inspection());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    SpecialInspection inspection = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.INSPECT, inspection.unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (!inspection.plan().scope().contains(c.unit())) {
      return Outcome.refused(Refusals.invalid("unit", "InScope", "被检查单位", "unit inspected",
          "该单位不在本次专项检查范围内", "the unit is not in the inspection's scope"));
    }
    if (!inspection.state().takesFindings()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "专项检查处于“"
          + inspection.state().chinese() + "”状态，不能登记检查发现的问题", "the inspection is "
          + inspection.state().code() + "; findings are recorded while it is under way or reported"));
    }
    Optional<Refusal> refused = s.deny(Operation.INSPECT, c.unit())
        .or(() -> Concerned.points(s, c.unit(), c.points()))
        .or(() -> Concerned.people(s, c.unit(), Optional.empty(), List.of(c.owner())));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    RectificationItemId item = new RectificationItemId(ids.next());
    RectificationTerms terms = new RectificationTerms(RectificationOrigin.INSPECTION, Optional.empty(), c.problem(),
        c.target(), c.measures(), c.owner(), c.due(), c.points());
    InspectionFindingId id = new InspectionFindingId(ids.next());
    return RectificationItem.open(item, c.unit(), terms, s.today()).map(opened -> {
      Change<InspectionFinding> finding = InspectionFinding.record(id, c.unit(), c.inspection(), c.problem(),
          c.points(), item, s.today());
      s.store().inspectionFindings().insert(s.record(finding));
      s.store().rectificationItems().insert(s.record(opened));
      return id;
    });
  }
}
