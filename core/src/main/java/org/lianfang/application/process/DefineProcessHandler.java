package org.lianfang.application.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessId;
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
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_ORGANIZATION, unit.get(),
        Refusals.unknown("单位", "unit", c.unit()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (s.store().processes().inUnit(c.unit()).stream().anyMatch(p -> p.code().equals(c.code()))) {
      return Outcome.refused(Refusals.rule("本单位流程编码已被使用：" + c.code(),
          "process code already used in the unit: " + c.code()));
    }
    ProcessId id = new ProcessId(ids.next());
    return BusinessProcess.define(id, c.unit(), c.code(), c.name(), steps(c.steps()), flows(c.flows()),
        posts(s, c.unit()), powers(s, c.unit())).map(change -> {
          s.store().processes().insert(s.record(change));
          return id;
        });
  }

  static List<ProcessStep> steps(List<StepInput> in) {
    return in.stream().map(x -> new ProcessStep(new StepId(x.code()), x.name(), x.post(), x.powers())).toList();
  }

  static List<Flow> flows(List<FlowInput> in) {
    return in.stream().map(f -> new Flow(new StepId(f.from()), new StepId(f.to()))).toList();
  }

  /** The unit's posts, which a chart's steps may name. */
  static Set<PostId> posts(Session s, UnitId unit) {
    return s.store().posts().inUnit(unit).stream().map(Post::id).collect(Collectors.toSet());
  }

  /** The unit's power list, each item with the posts that exercise it. */
  static Map<PowerItemId, Set<PostId>> powers(Session s, UnitId unit) {
    return s.store().powerItems().inUnit(unit).stream().collect(Collectors.toMap(PowerItem::id, PowerItem::posts));
  }
}
