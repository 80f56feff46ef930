package org.lianfang.application.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.CheckRow;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * What a post's monthly check covers (P-22): the post's risk points not retired, and the unit's control measures in
 * force on any of them, in id order. Read once per command.
 *
 * @param points the post's live points
 * @param measures the measures in force on them, by id, in id order
 */
record PostMeasures(List<RiskPointId> points, Map<ControlMeasureId, ControlMeasure> measures) {
  static PostMeasures of(Session s, UnitId unit, PostId post) {
    return of(s, unit, post, Optional.empty(), Optional.empty());
  }

  /**
   * As a command about to retire a measure or a point will leave them: what a reaction reads before the change.
   *
   * @param leaving a measure about to leave force, if any
   * @param retiring a point about to be retired, if any
   */
  static PostMeasures of(Session s, UnitId unit, PostId post, Optional<ControlMeasureId> leaving,
      Optional<RiskPointId> retiring) {
    Set<RiskPointId> live = s.store().riskPoints().onPost(post).stream()
        .filter(p -> p.state() != ReviewState.RETIRED && !retiring.equals(Optional.of(p.id()))).map(RiskPoint::id)
        .collect(Collectors.toSet());
    Map<ControlMeasureId, ControlMeasure> measures = new LinkedHashMap<>();
    for (ControlMeasure m : s.store().controlMeasures().inUnit(unit)) {
      if (m.inForce() && !leaving.equals(Optional.of(m.id())) && m.points().stream().anyMatch(live::contains)) {
        measures.put(m.id(), m);
      }
    }
    return new PostMeasures(List.copyOf(live), measures);
  }

  /** @param m one of {@link #measures} @return the post's points it controls, in its order */
  List<RiskPointId> pointsOf(ControlMeasure m) {
    return m.points().stream().filter(points::contains).toList();
  }

  /**
   * @param inputs the rows as given
   * @return them as rows, or a refusal naming the first whose measure is not one of the post's in force, or whose
   *     problem or requirement does not fit its rating
   */
  Rows rows(List<RowInput> inputs) {
    List<CheckRow> rows = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      RowInput r = inputs.get(i);
      String at = "rows[" + i + "]";
      if (!measures.containsKey(r.measure())) {
        return new Rows(List.of(), Optional.of(notOfThePost(at + ".measure")));
      }
      if (r.indicatorValue().isPresent() && measures.get(r.measure()).plan().indicator().isEmpty()) {
        return new Rows(List.of(), Optional.of(Refusals.invalid(at + ".indicatorValue", "HasIndicator",
            "监测指标值", "indicator value", "该防控措施没有监测指标", "the measure names no monitoring indicator")));
      }
      boolean short_ = r.rating().fallsShort();
      for (Map.Entry<String, Optional<String>> said : Map.of("problem", r.problem(), "requirement",
          r.requirement()).entrySet()) {
        if (said.getValue().isPresent() != short_) {
          boolean problem = said.getKey().equals("problem");
          return new Rows(List.of(), Optional.of(Refusals.invalid(at + "." + said.getKey(), "WhereShort",
              problem ? "存在问题" : "整改要求", problem ? "problem" : "requirement",
              short_ ? "部分落实或未落实须写明存在问题和整改要求" : "完全落实不写存在问题和整改要求",
              short_ ? "a measure rated partial or none states the problem and the requirement"
                  : "a measure rated full states no problem and no requirement")));
        }
      }
      rows.add(r.toRow());
    }
    return new Rows(List.copyOf(rows), Optional.empty());
  }

  /**
   * @param rows a check's rows
   * @return a refusal naming the first row whose measure is no longer one of the post's in force, if any
   */
  Optional<Refusal> outside(List<CheckRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (!measures.containsKey(rows.get(i).measure())) {
        return Optional.of(notOfThePost("rows[" + i + "].measure"));
      }
    }
    return Optional.empty();
  }

  private static Refusal notOfThePost(String at) {
    return Refusals.invalid(at, "OfThePost", "防控措施", "control measure", "该岗位风险点上没有这项执行中的防控措施",
        "no measure in force on the post's risk points has this id");
  }

  /**
   * @param rows a check's rows
   * @return a refusal naming how many of the post's measures in force have no row, if any
   */
  Optional<Refusal> uncovered(List<CheckRow> rows) {
    Set<ControlMeasureId> rated = rows.stream().map(CheckRow::measure).collect(Collectors.toSet());
    long missing = measures.keySet().stream().filter(m -> !rated.contains(m)).count();
    return missing == 0 ? Optional.empty() : Optional.of(Refusals.invalid("rows", "CoversThePost", "检查结果",
        "rows", "本岗位还有 " + missing + " 项执行中的防控措施没有检查结果",
        missing + " measure(s) in force on the post's risk points have no row"));
  }

  /** The rows read from the input, or why they were refused. */
  record Rows(List<CheckRow> rows, Optional<Refusal> refused) {}
}
