package org.lianfang.application.process;

import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Staleness;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessEvent;
import org.lianfang.process.ProcessId;

/** Redraws a flow chart and marks the risk points at its steps stale (P-3). */
final class ReviseProcessHandler implements CommandHandler<ReviseProcess, ProcessId> {
  @Override
  public Outcome<ProcessId> execute(Session s, ReviseProcess c) {
    Optional<BusinessProcess> found = s.store().processes().find(c.process());
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("业务流程", "process", c.process()));
    }
    BusinessProcess old = found.get();
    Optional<Refusal> denied = s.deny(Operation.MANAGE_ORGANIZATION, old.unitId());
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(old, c.expectedVersion(), "业务流程", "process");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    BusinessProcess p = old.revise(c.name(), DefineProcessHandler.steps(c.steps()),
        DefineProcessHandler.flows(c.flows()));
    java.util.List<String> orphaned = s.store().riskPoints().inUnit(old.unitId()).stream()
        .filter(r -> r.state() != org.lianfang.risk.ReviewState.RETIRED)
        .flatMap(r -> r.location().step().stream())
        .filter(ref -> ref.process().equals(old.id()) && p.step(ref.step()).isEmpty())
        .map(ref -> ref.step().code()).distinct().toList();
    if (!orphaned.isEmpty()) {
      return Outcome.refused(Refusals.rule("以下环节仍有风险点，不能删除：" + String.join("、", orphaned),
          "steps that still carry risk points cannot be removed: " + String.join(", ", orphaned)));
    }
    if (p.equals(old)) {
      return Outcome.refused(Refusals.rule("流程图没有变化", "the flow chart is unchanged"));
    }
    Optional<Refusal> invalid = DefineProcessHandler.check(s, old.unitId(), p);
    if (invalid.isPresent()) {
      return Outcome.refused(invalid.get());
    }
    s.store().processes().update(s.record(Change.of(p,
        new ProcessEvent.ProcessRevised(old.unitId(), old.id(), c.name(), p.steps(), p.flows()))));
    Staleness.mark(s, s.store().riskPoints().inUnit(old.unitId()).stream()
        .filter(r -> r.location().step().filter(x -> x.process().equals(old.id())).isPresent()).toList(),
        "业务流程变化 / process revised: " + old.name());
    return Outcome.accepted(old.id());
  }
}
