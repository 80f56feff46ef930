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
import org.lianfang.organization.UnitReferences;

/** Revises a power item; the risk area reacts by marking the risk points tied to it stale (P-3). */
final class RevisePowerItemHandler implements CommandHandler<RevisePowerItem, PowerItemId> {
  @Override
  public Outcome<PowerItemId> execute(Session s, RevisePowerItem c) {
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
    Optional<Refusal> posts = UnitReferences.posts(item.unitId(), c.posts(), s.store().posts()::find);
    if (posts.isPresent()) {
      return Outcome.refused(posts.get());
    }
    return item.revise(c.name(), c.kind(), c.legalBasis(), c.boundary(), c.responsibility(), c.posts())
        .map(change -> {
          s.store().powerItems().update(s.record(change));
          return item.id();
        });
  }
}
