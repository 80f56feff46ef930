package org.lianfang.application.checks;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.InspectionPlan;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;

/**
 * Plans a special inspection (S-10): answered as for a unit that does not exist if the actor may not find it; refused
 * unless the actor may inspect from the unit; every unit of the scope must lie below it, each named once; the last
 * day comes on or after the first, and today or later.
 */
final class PlanInspectionHandler implements CommandHandler<PlanInspection, SpecialInspectionId> {
  private final Ids ids;

  PlanInspectionHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<SpecialInspectionId> execute(Session s, PlanInspection c) {
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.INSPECT, unit.get(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (c.scope().stream().distinct().count() != c.scope().size()) {
      return Outcome.refused(Refusals.invalid("scope", "Distinct", "检查范围", "units inspected",
          "同一单位只能列一次", "each unit is named once"));
    }
    for (int i = 0; i < c.scope().size(); i++) {
      UnitId u = c.scope().get(i);
      if (u.equals(c.unit()) || s.unit(u).isEmpty() || !s.path(u).contains(c.unit())) {
        return Outcome.refused(Refusals.invalid("scope[" + i + "]", "BelowTheBody", "检查范围", "unit inspected",
            "被检查单位须是本单位的下级单位", "a unit inspected lies below the inspecting body's unit"));
      }
    }
    if (c.to().isBefore(c.from())) {
      return Outcome.refused(Refusals.invalid("to", "AfterTheFirstDay", "检查截止日期", "last day",
          "检查截止日期 " + c.to() + " 早于开始日期 " + c.from(), "the last day, " + c.to()
              + ", is before the first, " + c.from()));
    }
    SpecialInspectionId id = new SpecialInspectionId(ids.next());
    InspectionPlan plan = new InspectionPlan(c.number(), c.subject(), c.scope(), c.methods(), c.from(), c.to());
    return SpecialInspection.plan(id, c.unit(), plan, s.today()).map(change -> {
      s.store().specialInspections().insert(s.record(change));
      return id;
    });
  }
}
