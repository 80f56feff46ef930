package org.lianfang.application.control;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;

/**
 * Withdraws a power item's disclosure, today: answered as for one that does not exist if the actor may not read the
 * unit's organisation (issue 10, finding 12); refused unless the actor may publish the unit's powers.
 */
final class WithdrawDisclosureHandler implements CommandHandler<WithdrawDisclosure, PowerDisclosureId> {
  @Override
  public Outcome<PowerDisclosureId> execute(Session s, WithdrawDisclosure c) {
    Refusal unknown = Refusals.unknown("职权公开", "power disclosure", c.disclosure());
    Optional<PowerDisclosure> found = s.store().powerDisclosures().find(c.disclosure());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseen(Operation.PUBLISH_POWER, found.get().unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    return found.get().withdraw(s.today(), c.reason()).map(change -> {
      s.store().powerDisclosures().update(s.record(change));
      return c.disclosure();
    });
  }
}
