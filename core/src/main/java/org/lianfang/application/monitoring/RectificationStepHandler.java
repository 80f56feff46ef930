package org.lianfang.application.monitoring;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.monitoring.RectificationAction;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;

/**
 * Takes a rectification item one step, today: answered as for one that does not exist if the actor may not read the
 * unit's organisation (issue 10, finding 12); beginning and submitting need {@code WORK_RECTIFICATION}, rejecting,
 * verifying and closing {@code MANAGE_RECTIFICATION}; refused as stale if the command expected another version; the
 * item judges the step and what comes with it.
 */
final class RectificationStepHandler implements CommandHandler<RectificationStep, RectificationItemId> {
  @Override
  public Outcome<RectificationItemId> execute(Session s, RectificationStep c) {
    Refusal unknown = Refusals.unknown("整改事项", "rectification item", c.item());
    Optional<RectificationItem> found = s.store().rectificationItems().find(c.item());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    RectificationItem item = found.get();
    boolean works = c.action() == RectificationAction.START || c.action() == RectificationAction.SUBMIT;
    Optional<Refusal> denied = s.denyUnseen(works ? Operation.WORK_RECTIFICATION : Operation.MANAGE_RECTIFICATION,
        item.unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(item, c.expectedVersion(), "整改事项", "rectification item");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return item.act(c.action(), s.today(), c.remark()).map(change -> {
      s.store().rectificationItems().update(s.record(change));
      return c.item();
    });
  }
}
