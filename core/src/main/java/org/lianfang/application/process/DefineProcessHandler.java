package org.lianfang.application.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessEvent;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessProblem;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;

/** Draws a unit's business flow chart (S-2, P-2). */
final class DefineProcessHandler implements CommandHandler<DefineProcess, ProcessId> {
  private final Ids ids;

  DefineProcessHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<ProcessId> execute(Session s, DefineProcess c) {
    if (s.store().units().find(c.unit()).isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    Optional<Refusal> denied = s.deny(Operation.MANAGE_ORGANIZATION, c.unit());
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (s.store().processes().inUnit(c.unit()).stream().anyMatch(p -> p.code().equals(c.code()))) {
      return Outcome.refused(Refusals.rule("本单位流程编码已被使用：" + c.code(),
          "process code already used in the unit: " + c.code()));
    }
    ProcessId id = new ProcessId(ids.next());
    BusinessProcess p = BusinessProcess.define(id, c.unit(), c.code(), c.name(), steps(c.steps()), flows(c.flows()));
    Optional<Refusal> invalid = check(s, c.unit(), p);
    if (invalid.isPresent()) {
      return Outcome.refused(invalid.get());
    }
    s.store().processes().insert(s.record(Change.of(p,
        new ProcessEvent.ProcessDefined(c.unit(), id, c.code(), c.name(), p.steps(), p.flows()))));
    return Outcome.accepted(id);
  }

  static List<ProcessStep> steps(List<StepInput> in) {
    return in.stream().map(x -> new ProcessStep(new StepId(x.code()), x.name(), x.post(), x.powers())).toList();
  }

  static List<Flow> flows(List<FlowInput> in) {
    return in.stream().map(f -> new Flow(new StepId(f.from()), new StepId(f.to()))).toList();
  }

  /** The chart's problems as one refusal, each problem a violation of {@code steps} or {@code flows}. */
  static Optional<Refusal> check(Session s, UnitId unit, BusinessProcess p) {
    Set<PostId> posts = s.store().posts().inUnit(unit).stream().map(Post::id).collect(Collectors.toSet());
    java.util.Map<PowerItemId, Set<PostId>> powers = s.store().powerItems().inUnit(unit).stream()
        .collect(Collectors.toMap(PowerItem::id, PowerItem::posts));
    List<ProcessProblem> problems = p.problems(posts, powers);
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    List<Refusal.Violation> v = problems.stream()
        .map(x -> new Refusal.Violation(x.code().contains("flow") ? "flows" : "steps", x.code(), x.zh(), x.en()))
        .toList();
    return Optional.of(new Refusal(Refusal.Code.RULE_VIOLATED,
        "流程图不合规：" + problems.stream().map(ProcessProblem::zh).collect(Collectors.joining("；")),
        "invalid flow chart: " + problems.stream().map(ProcessProblem::en).collect(Collectors.joining("; ")), v));
  }
}
