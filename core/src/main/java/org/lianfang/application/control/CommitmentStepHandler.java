package org.lianfang.application.control;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.control.CommitmentAction;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;

/**
 * Takes a service commitment one step along its life, today: answered as for one that does not exist if the actor may
 * not read the unit's organisation (issue 10, finding 12); refused unless the actor may manage the unit's commitments,
 * as stale if the command expected another version, and when the verdict or the explanation does not go with the step.
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
    Optional<Refusal> form = form(c);
    if (form.isPresent()) {
      return Outcome.refused(form.get());
    }
    return commitment.act(c.action(), s.today(), c.verdict(), c.explanation()).map(change -> {
      s.store().serviceCommitments().update(s.record(change));
      return c.commitment();
    });
  }

  /** A verdict goes with 评诺 only; an explanation with 评诺 (required if excused) or 撤回 (required) only. */
  private static Optional<Refusal> form(CommitmentStep c) {
    boolean evaluate = c.action() == CommitmentAction.EVALUATE;
    if (evaluate != c.verdict().isPresent()) {
      return Optional.of(Refusals.invalid("verdict", "VerdictToEvaluate", "评诺结论", "verdict",
          evaluate ? "评诺须给出结论" : "只有评诺时才给出结论",
          evaluate ? "an evaluation needs a verdict" : "a verdict goes with an evaluation only"));
    }
    boolean required = c.action() == CommitmentAction.WITHDRAW
        || c.verdict().equals(Optional.of(Verdict.BROKEN_EXCUSED));
    if (required && c.explanation().isEmpty()) {
      return Optional.of(Refusals.invalid("explanation", "Explained", "说明", "explanation",
          "撤回承诺或因客观原因未践诺，须说明理由（向社会公开说明）",
          "a withdrawal, or a breach excused, needs its explanation (given in public)"));
    }
    if (!evaluate && !required && c.explanation().isPresent()) {
      return Optional.of(Refusals.invalid("explanation", "Explained", "说明", "explanation",
          "只有评诺或撤回时才填写说明", "an explanation goes with an evaluation or a withdrawal only"));
    }
    return Optional.empty();
  }
}
