package org.lianfang.application.organization;

import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.UnitReferences;

/** Revises a power item; the risk area reacts by marking the risk points tied to it stale (P-3). */
final class RevisePowerItemHandler implements CommandHandler<RevisePowerItem, PowerItemId> {
  @Override
  public Outcome<PowerItemId> execute(Session s, RevisePowerItem c) {
    return PowerItemAction.apply(s, c.powerItem(), c.expectedVersion(), item ->
        UnitReferences.posts(item.unitId(), c.posts(), s.store().posts()::find)
            .map(r -> Outcome.<Change<PowerItem>>refused(r))
            .orElseGet(() -> item.revise(c.name(), c.kind(), c.legalBasis(), c.boundary(), c.responsibility(),
                c.posts())));
  }
}
