package org.lianfang.application.process;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;

/**
 * Redraws a flow chart, refusing to remove a step that still carries risk points; the risk area reacts by marking
 * the points at its steps stale (P-3).
 */
final class ReviseProcessHandler implements CommandHandler<ReviseProcess, ProcessId> {
  @Override
  public Outcome<ProcessId> execute(Session s, ReviseProcess c) {
    Optional<BusinessProcess> found = s.store().processes().find(c.process());
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("业务流程", "process", c.process()));
    }
    BusinessProcess old = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.MANAGE_ORGANIZATION, old.unitId(),
        Refusals.unknown("业务流程", "process", c.process()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(old, c.expectedVersion(), "业务流程", "process");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    java.util.List<ProcessStep> steps = DefineProcessHandler.steps(c.steps());
    java.util.Set<StepId> kept = steps.stream().map(ProcessStep::id).collect(java.util.stream.Collectors.toSet());
    java.util.List<String> orphaned = s.store().riskPoints().inUnit(old.unitId()).stream()
        .filter(r -> r.state() != org.lianfang.risk.ReviewState.RETIRED)
        .flatMap(r -> r.location().step().stream())
        .filter(ref -> ref.process().equals(old.id()) && !kept.contains(ref.step()))
        .map(ref -> ref.step().code()).distinct().toList();
    if (!orphaned.isEmpty()) {
      return Outcome.refused(Refusals.rule("以下环节仍有风险点，不能删除：" + String.join("、", orphaned),
          "steps that still carry risk points cannot be removed: " + String.join(", ", orphaned)));
    }
    return old.revise(c.name(), steps, DefineProcessHandler.flows(c.flows()),
        DefineProcessHandler.posts(s, old.unitId()), DefineProcessHandler.powers(s, old.unitId())).map(change -> {
          s.store().processes().update(s.record(change));
          return old.id();
        });
  }
}
