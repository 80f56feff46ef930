package org.lianfang.testing;

import static org.lianfang.testing.Generators.code;
import static org.lianfang.testing.Generators.text;
import static org.lianfang.testing.Generators.uuids;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.PostId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the process area (S-2): business processes with their steps and flows. Built from
 * valid parts, with the hostile text of {@link Generators}.
 */
public final class ProcessGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.ofEntries(
      Map.entry(AggregateKinds.PROCESSES, ProcessGenerators::processes));

  private ProcessGenerators() {}

  /** @param unit the unit @return processes of that unit (a chain of steps, possibly with a loop), version 1 */
  public static Gen<BusinessProcess> processes(UnitId unit) {
    return uuids().zip(code(), lists().of(text()).ofSizeBetween(1, 6), uuids(), (id, c, names, post) -> {
      List<ProcessStep> steps = new ArrayList<>();
      List<Flow> flows = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        steps.add(ProcessStep.of(new StepId("S" + i), names.get(i), new PostId(post)));
        if (i > 0) {
          flows.add(new Flow(new StepId("S" + (i - 1)), new StepId("S" + i)));
        }
      }
      return BusinessProcess.restore(new ProcessId(id), unit, c, "流程" + c, steps, flows, 1);
    });
  }
}
