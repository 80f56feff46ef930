package org.lianfang.application.risk;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.OwnerChecks;
import org.lianfang.application.internal.Session;
import org.lianfang.risk.RiskPointId;

/** Names a risk point's owner chain (P-1). */
final class AssignOwnersHandler implements CommandHandler<AssignOwners, RiskPointId> {
  @Override
  public Outcome<RiskPointId> execute(Session s, AssignOwners c) {
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.ASSIGN_OWNERS, p -> {
      Optional<Refusal> bad = OwnerChecks.check(s, p.location().unit(), c.owners());
      return bad.isPresent() ? Outcome.refused(bad.get()) : p.assignOwners(s.actor().id(), c.owners());
    });
  }
}
