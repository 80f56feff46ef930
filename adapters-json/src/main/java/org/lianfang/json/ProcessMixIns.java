package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.json.Codecs.Sorted;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;

/**
 * The mix-ins of the business processes (S-2): a process with its steps and flows. The process is read through its
 * public {@code restore} factory and written through its public accessors (see {@link MixIns}).
 */
final class ProcessMixIns {
  private ProcessMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(ProcessId.class, MixIns.Id.class),
      Map.entry(StepId.class, MixIns.StepCode.class),
      Map.entry(BusinessProcess.class, Process.class),
      Map.entry(ProcessStep.class, Step.class),
      Map.entry(Flow.class, FlowMixIn.class));

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "code", "name", "steps", "flows", "version"})
  abstract static class Process {
    @JsonCreator
    static BusinessProcess restore(
        @JsonProperty(value = "id", required = true) ProcessId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "steps", required = true) List<ProcessStep> steps,
        @JsonProperty(value = "flows", required = true) List<Flow> flows,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract ProcessId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("code") abstract String code();

    @JsonProperty("name") abstract String name();

    @JsonProperty("steps") abstract List<ProcessStep> steps();

    @JsonProperty("flows") abstract List<Flow> flows();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"id", "name", "post", "powers"})
  abstract static class Step {
    @JsonCreator
    Step(
        @JsonProperty(value = "id", required = true) StepId id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "post", required = true) PostId post,
        @JsonProperty(value = "powers", required = true) Set<PowerItemId> powers) {}

    @JsonProperty("id") abstract StepId id();

    @JsonProperty("name") abstract String name();

    @JsonProperty("post") abstract PostId post();

    @JsonProperty("powers") @Sorted abstract Set<PowerItemId> powers();
  }

  @Explicit
  @JsonPropertyOrder({"from", "to"})
  abstract static class FlowMixIn {
    @JsonCreator
    FlowMixIn(
        @JsonProperty(value = "from", required = true) StepId from,
        @JsonProperty(value = "to", required = true) StepId to) {}

    @JsonProperty("from") abstract StepId from();

    @JsonProperty("to") abstract StepId to();
  }
}
