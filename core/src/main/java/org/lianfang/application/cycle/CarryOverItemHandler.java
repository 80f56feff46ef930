package org.lianfang.application.cycle;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;

/**
 * Carries a rectification item over today (P-21, S-16): answered as for an item that does not exist if the actor may
 * not read its unit's organisation; refused unless the actor decides on the unit's items ({@code
 * MANAGE_RECTIFICATION}, the discipline body), the unit's open year is in summary and acceptance, and the item may be
 * carried ({@link RectificationItem#carryOver}).
 */
final class CarryOverItemHandler implements CommandHandler<CarryOverItem, RectificationItemId> {
  @Override
  public Outcome<RectificationItemId> execute(Session s, CarryOverItem c) {
    Refusal unknown = Refusals.unknown("整改事项", "rectification item", c.item());
    Optional<RectificationItem> found = s.store().rectificationItems().find(c.item());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    RectificationItem item = found.get();
    Optional<Refusal> refused = s.denyUnseen(Operation.MANAGE_RECTIFICATION, item.unitId(), unknown)
        .or(() -> VersionCheck.refuseIfStale(item, c.expectedVersion(), "整改事项", "rectification item"));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    Optional<AnnualCycle> open = Cycles.open(s, item.unitId());
    if (open.isEmpty() || open.get().phase() != CyclePhase.ACCEPTANCE) {
      return Outcome.refused(Refusals.rule("整改事项只在年度“" + CyclePhase.ACCEPTANCE.chinese() + "”阶段结转，该单位"
          + open.map(y -> "的 " + y.year() + " 年度处于“" + y.phase().chinese() + "”阶段").orElse("没有开启的年度"),
          "an item is carried over in a year's " + CyclePhase.ACCEPTANCE.code() + " phase; the unit "
          + open.map(y -> "is in the " + y.phase().code() + " phase of " + y.year()).orElse("has no open year")));
    }
    return item.carryOver(open.get().year(), c.reason(), c.due(), s.today()).map(change -> {
      s.store().rectificationItems().update(s.record(change));
      return c.item();
    });
  }
}
