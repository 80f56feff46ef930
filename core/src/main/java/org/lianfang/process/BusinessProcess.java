package org.lianfang.process;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;

/**
 * How a unit exercises its powers, step by step (业务流程图, S-2, P-2): a directed graph of steps, each done by a post.
 * Revising the steps or flows marks the risk points attached to the process stale (P-3). {@link #define} and
 * {@link #revise} accept only a chart without {@linkplain #problems problems}, given the unit's posts and power items.
 *
 * <p>Immutable and thread-safe. Steps keep the order they were given in; flows too.
 */
public final class BusinessProcess implements Aggregate<ProcessId> {
  private final ProcessId id;
  private final UnitId unitId;
  private final String code;
  private final String name;
  private final List<ProcessStep> steps;
  private final List<Flow> flows;
  private final long version;

  private BusinessProcess(
      ProcessId id, UnitId unitId, String code, String name, List<ProcessStep> steps, List<Flow> flows,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.steps = List.copyOf(steps);
    this.flows = List.copyOf(flows);
    this.version = version;
  }

  /**
   * Draws a new flow chart, not yet stored. Refused if the chart has {@linkplain #problems problems}; that its code is
   * unique within the unit is for the caller to check.
   *
   * @param id the id
   * @param unitId the unit
   * @param code the code people read, unique within the unit
   * @param name the name
   * @param steps the steps
   * @param flows the edges between steps
   * @param unitPosts the posts of the unit
   * @param unitPowers the power items of the unit, each with the posts that exercise it
   * @return the process and its {@link ProcessEvent.ProcessDefined} event, or a refusal naming every problem
   */
  public static Outcome<Change<BusinessProcess>> define(
      ProcessId id, UnitId unitId, String code, String name, List<ProcessStep> steps, List<Flow> flows,
      Set<PostId> unitPosts, Map<PowerItemId, Set<PostId>> unitPowers) {
    BusinessProcess p = new BusinessProcess(id, unitId, code, name, steps, flows, 0);
    List<ProcessProblem> problems = p.problems(unitPosts, unitPowers);
    if (!problems.isEmpty()) {
      return Outcome.refused(invalid(problems));
    }
    return Outcome.accepted(Change.of(p, new ProcessEvent.ProcessDefined(unitId, id, code, name, p.steps, p.flows)));
  }

  /**
   * Rebuilds a stored process; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param code the code
   * @param name the name
   * @param steps the steps
   * @param flows the flows
   * @param version the stored version
   * @return the process
   */
  public static BusinessProcess restore(
      ProcessId id, UnitId unitId, String code, String name, List<ProcessStep> steps, List<Flow> flows,
      long version) {
    return new BusinessProcess(id, unitId, code, name, steps, flows, version);
  }

  /**
   * Redraws the chart, keeping its id and code (P-3: the risk points at its steps become stale). Refused if nothing
   * changes, so that no change is journalled that changed nothing, or if the new chart has
   * {@linkplain #problems problems}. Whether a step removed still carries risk points is for the caller to check.
   *
   * @param newName the name
   * @param newSteps the steps
   * @param newFlows the flows
   * @param unitPosts the posts of the unit
   * @param unitPowers the power items of the unit, each with the posts that exercise it
   * @return the revised process and its {@link ProcessEvent.ProcessRevised} event, or a refusal
   */
  public Outcome<Change<BusinessProcess>> revise(
      String newName, List<ProcessStep> newSteps, List<Flow> newFlows, Set<PostId> unitPosts,
      Map<PowerItemId, Set<PostId>> unitPowers) {
    BusinessProcess p = new BusinessProcess(id, unitId, code, newName, newSteps, newFlows, version);
    if (p.equals(this)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "流程图没有变化", "the flow chart is unchanged"));
    }
    List<ProcessProblem> problems = p.problems(unitPosts, unitPowers);
    if (!problems.isEmpty()) {
      return Outcome.refused(invalid(problems));
    }
    return Outcome.accepted(Change.of(p, new ProcessEvent.ProcessRevised(unitId, id, newName, p.steps, p.flows)));
  }

  /** The chart's problems as one refusal, each problem a violation of {@code steps} or {@code flows}. */
  private static Refusal invalid(List<ProcessProblem> problems) {
    List<Refusal.Violation> v = problems.stream()
        .map(x -> new Refusal.Violation(x.code().contains("flow") ? "flows" : "steps", x.code(), x.zh(), x.en()))
        .toList();
    return new Refusal(Refusal.Code.RULE_VIOLATED,
        "流程图不合规：" + problems.stream().map(ProcessProblem::zh).collect(Collectors.joining("；")),
        "invalid flow chart: " + problems.stream().map(ProcessProblem::en).collect(Collectors.joining("; ")), v);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public BusinessProcess withVersion(long newVersion) {
    return new BusinessProcess(id, unitId, code, name, steps, flows, newVersion);
  }

  /**
   * Checks the chart (S-2), new or stored: at least one step; step codes unique; flows between known steps; every
   * step reachable from the start, which is the first step (so a chart may loop back to it, as return-for-correction
   * does); every post and power item one of the unit's; every power a step exercises is one its post holds (P-2).
   *
   * @param unitPosts the posts of the unit
   * @param unitPowers the power items of the unit, each with the posts that exercise it
   * @return the problems found, empty for a valid chart
   */
  public List<ProcessProblem> problems(Set<PostId> unitPosts, Map<PowerItemId, Set<PostId>> unitPowers) {
    List<ProcessProblem> problems = new ArrayList<>();
    if (steps.isEmpty()) {
      problems.add(new ProcessProblem("no-steps", "流程图没有环节", "the chart has no steps"));
      return problems;
    }
    Map<StepId, ProcessStep> byId = new LinkedHashMap<>();
    for (ProcessStep s : steps) {
      if (byId.putIfAbsent(s.id(), s) != null) {
        problems.add(new ProcessProblem("duplicate-step",
            "环节编号重复：" + s.id(), "step code used twice: " + s.id()));
      }
      if (!unitPosts.contains(s.post())) {
        problems.add(new ProcessProblem("dangling-post",
            "环节 " + s.id() + " 的岗位不属于本单位", "step " + s.id() + " names a post that is not the unit's"));
      }
      if (!unitPowers.keySet().containsAll(s.powers())) {
        problems.add(new ProcessProblem("dangling-power",
            "环节 " + s.id() + " 的职权不在本单位权力清单中",
            "step " + s.id() + " names a power item not on the unit's power list"));
      } else if (s.powers().stream().anyMatch(p -> !unitPowers.get(p).contains(s.post()))) {
        problems.add(new ProcessProblem("power-not-of-post",
            "环节 " + s.id() + " 行使的职权不属于该环节的岗位",
            "step " + s.id() + " exercises a power item its post does not hold"));
      }
    }
    for (Flow f : flows) {
      if (!byId.containsKey(f.from()) || !byId.containsKey(f.to())) {
        problems.add(new ProcessProblem("dangling-flow",
            "流向 " + f.from() + "→" + f.to() + " 指向不存在的环节",
            "flow " + f.from() + "->" + f.to() + " names a step that does not exist"));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    ImmutableGraph<StepId> graph = graph();
    Set<StepId> reachable = Graphs.reachableNodes(graph, steps.get(0).id());
    for (StepId n : graph.nodes()) {
      if (!reachable.contains(n)) {
        problems.add(new ProcessProblem("unreachable-step",
            "环节 " + n + " 无法从起始环节到达", "step " + n + " cannot be reached from the start"));
      }
    }
    return problems;
  }

  /** The chart as a Guava graph of step codes, in step order; self-loops allowed. Not API: Guava stays inside. */
  ImmutableGraph<StepId> graph() {
    ImmutableGraph.Builder<StepId> b = GraphBuilder.directed().allowsSelfLoops(true).<StepId>immutable();
    steps.forEach(s -> b.addNode(s.id()));
    flows.forEach(f -> b.putEdge(f.from(), f.to()));
    return b.build();
  }

  /** @return the start step: the first one; empty for a chart without steps */
  public Optional<StepId> start() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0).id());
  }

  /** @param stepId a step @return the steps that follow it, in step order; empty for an unknown step */
  public Set<StepId> next(StepId stepId) {
    Set<StepId> out = new LinkedHashSet<>();
    flows.stream().filter(f -> f.from().equals(stepId)).forEach(f -> out.add(f.to()));
    return java.util.Collections.unmodifiableSet(out);
  }

  /** @param stepId a code @return the step with that code */
  public Optional<ProcessStep> step(StepId stepId) {
    return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
  }

  /** @return the posts named by the steps */
  public Set<PostId> posts() {
    Set<PostId> posts = new LinkedHashSet<>();
    steps.forEach(s -> posts.add(s.post()));
    return posts;
  }

  /** @return the id */
  @Override
  public ProcessId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the code */
  public String code() {
    return code;
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the steps, unmodifiable */
  public List<ProcessStep> steps() {
    return steps;
  }

  /** @return the flows, unmodifiable */
  public List<Flow> flows() {
    return flows;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessProcess p
        && id.equals(p.id)
        && unitId.equals(p.unitId)
        && code.equals(p.code)
        && name.equals(p.name)
        && steps.equals(p.steps)
        && flows.equals(p.flows)
        && version == p.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, code, name, steps, flows, version);
  }

  @Override
  public String toString() {
    return "BusinessProcess[" + code + " " + name + "]";
  }
}
