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
import org.lianfang.checks.AppraisalPlan;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;
import org.lianfang.risk.ReviewState;

/**
 * Plans a public appraisal round (P-25): answered as for a unit that does not exist if the actor may not find it;
 * refused unless the actor may review the unit's checks (its leader, the discipline body); each item names exactly one
 * live risk point, post or service commitment of the unit, and an owner of the unit or above (P-1); its last day
 * comes on or after the first, and today or later.
 */
final class PlanAppraisalHandler implements CommandHandler<PlanAppraisal, AppraisalRoundId> {
  private final Ids ids;

  PlanAppraisalHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<AppraisalRoundId> execute(Session s, PlanAppraisal c) {
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> refused = s.denyUnseenUnit(Operation.REVIEW_CHECKS, unit.get(), unknown);
    for (int i = 0; i < c.items().size() && refused.isEmpty(); i++) {
      refused = subject(s, c.unit(), "items[" + i + "]", c.items().get(i));
    }
    if (refused.isEmpty() && c.to().isBefore(c.from())) {
      refused = Optional.of(Refusals.invalid("to", "AfterTheFirstDay", "征集截止日", "last day", "征集截止日 "
          + c.to() + " 早于开始日期 " + c.from(), "the last day, " + c.to() + ", is before the first, " + c.from()));
    }
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    AppraisalRoundId id = new AppraisalRoundId(ids.next());
    AppraisalPlan plan = new AppraisalPlan(c.title(), c.scale(), c.from(), c.to(),
        c.items().stream().map(AppraisalQuestion::toItem).toList());
    return AppraisalRound.plan(id, c.unit(), plan, s.today()).map(change -> {
      s.store().appraisalRounds().insert(s.record(change));
      return id;
    });
  }

  private static Optional<Refusal> subject(Session s, UnitId unit, String at, AppraisalQuestion q) {
    if (!q.oneSubject()) {
      return Optional.of(Refusals.invalid(at, "OneSubject", "评议事项", "appraisal item",
          "须且只须指明一个风险点、岗位或服务承诺", "names exactly one risk point, post or service commitment"));
    }
    boolean ours = q.point().map(p -> s.store().riskPoints().find(p).filter(r -> r.location().unit().equals(unit)
            && r.state() != ReviewState.RETIRED).isPresent())
        .or(() -> q.post().map(p -> s.store().posts().find(p).filter(x -> x.unitId().equals(unit)).isPresent()))
        .orElseGet(() -> s.store().serviceCommitments().find(q.commitment().orElseThrow())
            .filter(k -> k.unitId().equals(unit)).isPresent());
    if (!ours) {
      String field = q.point().isPresent() ? "point" : q.post().isPresent() ? "post" : "commitment";
      return Optional.of(Refusals.invalid(at + "." + field, "SameUnit", "评议对象", "subject appraised",
          "本单位没有该" + (q.point().isPresent() ? "风险点（或已撤销）" : q.post().isPresent() ? "岗位" : "服务承诺"),
          "no such " + (q.point().isPresent() ? "live risk point" : q.post().isPresent() ? "post" : "service "
              + "commitment") + " in the unit"));
    }
    if (Concerned.people(s, unit, Optional.empty(), List.of(q.owner())).isPresent()) {
      return Optional.of(Refusals.invalid(at + ".owner", "InUnitOrAbove", "整改责任人", "owner",
          "须是本单位或上级单位的在册人员", "is an official of the unit or a unit above it (P-1)"));
    }
    return Optional.empty();
  }
}
