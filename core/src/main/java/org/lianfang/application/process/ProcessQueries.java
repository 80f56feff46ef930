package org.lianfang.application.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.grading.GradeLabels;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessChart;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.process.StepRisk;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;

/**
 * The reads of the process area: a unit's business processes and the risk-prevention flow chart of each (S-2, P-2),
 * checked by the access policy as commands are (ARCHITECTURE.md decision 1). A chart shows only the risk points the
 * actor may read. Thread-safe when the store is.
 */
public final class ProcessQueries {
  private final CommandRunner runner;
  private final GradeLabels labels;

  ProcessQueries(CommandRunner runner, GradeLabels labels) {
    this.runner = runner;
    this.labels = labels;
  }

  /** @param actor who reads @param unit a unit @return its business processes, if the actor may read the unit */
  public List<BusinessProcess> processes(Actor actor, UnitId unit) {
    return Visibility.organization(runner.session(actor), unit, store -> store.processes().inUnit(unit));
  }

  /**
   * The risk-prevention flow chart of a process (P-2): each step with the risk points the actor may see there and
   * their grades, in the instance's labels ({@code Lianfang.Builder.gradeLabels}); a stale grade is marked 待重评 (P-3).
   *
   * @param actor who reads
   * @param process a process
   * @return the chart, if the process exists and the actor may read its unit
   */
  public Optional<ProcessChart> processChart(Actor actor, ProcessId process) {
    return processChart(actor, process, labels);
  }

  /**
   * {@link #processChart(Actor, ProcessId)} with the grades in the given label set (P-4), for this call only.
   *
   * @param actor who reads
   * @param process a process
   * @param gradeLabels the labels to show the grades in
   * @return the chart, if the process exists and the actor may read its unit
   */
  public Optional<ProcessChart> processChart(Actor actor, ProcessId process, GradeLabels gradeLabels) {
    Objects.requireNonNull(gradeLabels, "gradeLabels");
    Session s = runner.session(actor);
    Optional<BusinessProcess> p = s.store().processes().find(process)
        .filter(x -> s.may(Operation.READ_ORGANIZATION, x.unitId(), false));
    if (p.isEmpty()) {
      return Optional.empty();
    }
    Map<StepId, List<StepRisk>> marks = new HashMap<>();
    for (RiskPoint r : Visibility.visible(s, s.store().riskPoints().inUnit(p.get().unitId()))) {
      if (r.state() == ReviewState.RETIRED || r.location().step().isEmpty()
          || !r.location().step().get().process().equals(process)) {
        continue;
      }
      String description = r.description().description();
      StepRisk mark = r.grading().map(g -> g.stale() ? StepRisk.staleGrade(description, g.grade().level())
          : StepRisk.graded(description, g.grade().level())).orElseGet(() -> StepRisk.ungraded(description));
      marks.computeIfAbsent(r.location().step().get().step(), k -> new ArrayList<>()).add(mark);
    }
    Map<PostId, String> names = s.store().posts().inUnit(p.get().unitId()).stream()
        .collect(Collectors.toMap(Post::id, Post::name));
    return Optional.of(ProcessChart.of(p.get(), id -> names.getOrDefault(id, "?"), marks, gradeLabels));
  }
}
