package org.lianfang.application.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.OwnerChecks;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.MeasurePlan;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/** Drafts a control measure against some of a unit's risk points (P-13). */
final class DraftMeasureHandler implements CommandHandler<DraftMeasure, ControlMeasureId> {
  private final Ids ids;

  DraftMeasureHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<ControlMeasureId> execute(Session s, DraftMeasure c) {
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    // access first (issue 10, finding 12): nothing of the unit is looked up for an actor who may not act there
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_CONTROL, unit.get(),
        Refusals.unknown("单位", "unit", c.unit()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Map<RiskPointId, RiskPoint> found = s.store().riskPoints().findAll(c.points());
    List<RiskPointId> points = c.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint p = found.get(points.get(i));
      if (p == null || !p.location().unit().equals(c.unit())) {
        // one answer for a point that does not exist and one of another unit (finding 12)
        return Outcome.refused(Refusals.invalid("points[" + i + "]", "SameUnit", "所控风险点", "risk point controlled",
            "本单位没有该风险点", "no such risk point in the unit"));
      }
      if (p.state() == ReviewState.RETIRED) {
        return Outcome.refused(Refusals.invalid("points[" + i + "]", "NotRetired", "所控风险点",
            "risk point controlled", "风险点 " + p.code() + " 已撤销，不再需要防控", "risk point " + p.code()
            + " is retired and needs no control"));
      }
    }
    Optional<Refusal> owners = OwnerChecks.check(s, c.unit(), c.owners());
    if (owners.isPresent()) {
      return Outcome.refused(owners.get());
    }
    MeasurePlan plan = new MeasurePlan(c.phase(), c.line(), c.content(), c.basis(), c.owners(), c.due(), c.cadence(),
        c.indicator().map(IndicatorInput::toIndicator), c.evidence().stream().map(EvidenceInput::toEvidence).toList());
    ControlMeasureId id = new ControlMeasureId(ids.next());
    return ControlMeasure.draft(id, c.unit(), points, plan, s.today()).map(change -> {
      s.store().controlMeasures().insert(s.record(change));
      return id;
    });
  }
}
