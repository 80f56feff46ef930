package org.lianfang.application.organization;

import org.lianfang.Outcome;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.organization.PowerItemId;

/** Classifies a power item secret, or declassifies it (P-16). */
final class ClassifyPowerItemHandler implements CommandHandler<ClassifyPowerItem, PowerItemId> {
  @Override
  public Outcome<PowerItemId> execute(Session s, ClassifyPowerItem c) {
    return PowerItemAction.apply(s, c.powerItem(), c.expectedVersion(), item -> item.classify(c.basis()));
  }
}
