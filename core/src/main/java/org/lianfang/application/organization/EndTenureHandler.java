package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;

/** An official leaves a post. */
final class EndTenureHandler implements CommandHandler<EndTenure, TenureId> {
  @Override
  public Outcome<TenureId> execute(Session s, EndTenure c) {
    Optional<Tenure> found = s.store().tenures().find(c.tenure());
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("任职记录", "tenure", c.tenure()));
    }
    Tenure t = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.MANAGE_ORGANIZATION, t.unitId(),
        Refusals.unknown("任职记录", "tenure", c.tenure()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(t, c.expectedVersion(), "任职记录", "tenure");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return t.endOn(c.end()).map(change -> {
      s.store().tenures().update(s.record(change));
      return t.id();
    });
  }
}
