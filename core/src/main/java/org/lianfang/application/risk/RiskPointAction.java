package org.lianfang.application.risk;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.application.internal.Visibility;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The shape every review activity shares: find the point, answer as for a point that does not exist if the actor may
 * not see it (issue 10, finding 12), check the actor may do the operation on its unit (and post), refuse it as stale
 * if the command expected another version, let the aggregate decide, store the result.
 */
final class RiskPointAction {
  private RiskPointAction() {}

  static Outcome<RiskPointId> apply(Session s, RiskPointId id, OptionalLong expectedVersion, Operation op,
      Function<RiskPoint, Outcome<Change<RiskPoint>>> change) {
    Optional<RiskPoint> found = s.store().riskPoints().find(id);
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("风险点", "risk point", id));
    }
    RiskPoint p = found.get();
    Optional<Refusal> denied = s.denyOnPost(op, p.location().unit(), p.location().post());
    boolean onNotice = op == Operation.COMMENT && p.state() == ReviewState.PUBLISHED && denied.isEmpty();
    if (!onNotice && !Visibility.canRead(s, p)) {
      // issue 10, finding 12: whoever may not see the point learns nothing of it, not even that it exists: the
      // answer a point that does not exist gets (a point on notice is seen by those who may comment on it)
      return Outcome.refused(Refusals.unknown("风险点", "risk point", id));
    }
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(p, expectedVersion, "风险点", "risk point");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return change.apply(p).map(c -> {
      s.store().riskPoints().update(s.record(c));
      return id;
    });
  }
}
