package org.lianfang.application.monitoring;

import java.util.Optional;
import java.util.Set;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningAction;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningPolicy;

/**
 * Takes a warning one step along its closed loop, today: answered as for one that does not exist if the actor may not
 * read the unit's organisation (issue 10, finding 12); acknowledging and replying need {@code ANSWER_WARNINGS}, every
 * other step {@code MANAGE_WARNINGS}; refused as stale if the command expected another version; the warning judges
 * the step and what comes with it.
 */
final class WarningStepHandler implements CommandHandler<WarningStep, WarningId> {
  private static final Set<WarningAction> ANSWERS = Set.of(WarningAction.ACKNOWLEDGE, WarningAction.REPLY);
  private final WarningPolicy policy;

  WarningStepHandler(WarningPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Outcome<WarningId> execute(Session s, WarningStep c) {
    Refusal unknown = Refusals.unknown("预警", "warning", c.warning());
    Optional<Warning> found = s.store().warnings().find(c.warning());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Warning warning = found.get();
    Operation op = ANSWERS.contains(c.action()) ? Operation.ANSWER_WARNINGS : Operation.MANAGE_WARNINGS;
    Optional<Refusal> denied = s.denyUnseen(op, warning.unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(warning, c.expectedVersion(), "预警", "warning");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return warning.act(c.action(), s.today(), c.reply().map(r -> r.on(s.today())), c.remark(), c.verifyBy(), policy)
        .map(change -> {
          s.store().warnings().update(s.record(change));
          return c.warning();
        });
  }
}
