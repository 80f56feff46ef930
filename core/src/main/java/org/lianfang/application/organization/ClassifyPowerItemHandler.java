package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;

/** Classifies a power item secret, or declassifies it (P-16). */
final class ClassifyPowerItemHandler implements CommandHandler<ClassifyPowerItem, PowerItemId> {
  @Override
  public Outcome<PowerItemId> execute(Session s, ClassifyPowerItem c) {
    Optional<PowerItem> found = s.store().powerItems().find(c.powerItem());
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("职权", "power item", c.powerItem()));
    }
    PowerItem item = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.MANAGE_ORGANIZATION, item.unitId(),
        Refusals.unknown("职权", "power item", c.powerItem()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(item, c.expectedVersion(), "职权", "power item");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return item.classify(c.basis()).map(change -> {
      s.store().powerItems().update(s.record(change));
      return item.id();
    });
  }
}
