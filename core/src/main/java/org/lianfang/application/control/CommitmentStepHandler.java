package org.lianfang.application.control;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;

/**
 * Takes a service commitment one step along its life, today: answered as for one that does not exist if the actor may
 * not read the unit's organisation (issue 10, finding 12); refused unless the actor may manage the unit's commitments,
 * and as stale if the command expected another version; the commitment judges the step, its verdict and explanation.
 */
final class CommitmentStepHandler implements CommandHandler<CommitmentStep, ServiceCommitmentId> {
  @Override
  public Outcome<ServiceCommitmentId> execute(Session s, CommitmentStep c) {
    Refusal unknown = Refusals.unknown("服务承诺", "service commitment", c.commitment());
    Optional<ServiceCommitment> found = s.store().serviceCommitments().find(c.commitment());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    ServiceCommitment commitment = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.MANAGE_COMMITMENTS, commitment.unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(commitment, c.expectedVersion(), "服务承诺",
        "service commitment");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return commitment.act(c.action(), s.today(), c.verdict(), c.explanation()).map(change -> {
      s.store().serviceCommitments().update(s.record(change));
      return c.commitment();
    });
  }
}
