package org.lianfang.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.DomainEvent;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.risk.RiskPointId;

/**
 * A control measure (防控措施, P-13): one unit's answer to one or more of its risk points, registered on Form 3
 * (附表3, S-13) by phase and defense line (S-7 to S-9, S-14). It may be drafted while its points are still under
 * review; only registered measures on confirmed points appear on Form 3, and only measures in force count for
 * coverage (P-14) and the residual grade. Its life follows {@link MeasureTransitions}; every step has a day, never
 * before the step before it, and a measure is never due before the day it was drafted. That its points are the
 * unit's own and confirmed is for the caller to check: it concerns other records.
 *
 * <p>Immutable and thread-safe.
 */
public final class ControlMeasure implements Aggregate<ControlMeasureId> {
  private final ControlMeasureId id;
  private final UnitId unitId;
  private final List<RiskPointId> points;
  private final MeasurePlan plan;
  private final LocalDate drafted;
  private final MeasureLife life;
  private final long version;

  private ControlMeasure(ControlMeasureId id, UnitId unitId, List<RiskPointId> points, MeasurePlan plan,
      LocalDate drafted, MeasureLife life, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.points = List.copyOf(points);
    this.plan = Objects.requireNonNull(plan, "plan");
    this.drafted = Objects.requireNonNull(drafted, "drafted");
    this.life = Objects.requireNonNull(life, "life");
    this.version = version;
    if (this.points.isEmpty() || new LinkedHashSet<>(this.points).size() != this.points.size()) {
      throw new IllegalArgumentException("a measure controls one or more distinct points: " + this.points);
    }
    if (life.firstDay().map(d -> d.isBefore(drafted)).orElse(false)) {
      throw new IllegalArgumentException("a measure's steps come on or after the day it was drafted");
    }
    if (plan.due().isBefore(drafted)) {
      throw new IllegalArgumentException("a measure is never due before the day it was drafted");
    }
  }

  /**
   * Drafts a measure, not yet stored.
   *
   * @param id the id
   * @param unitId the unit
   * @param points the unit's risk points it controls, one or more, each once, in the order Form 3 lists them
   * @param plan what it says
   * @param today the day it is drafted
   * @return the measure and its {@link ControlEvent.MeasureDrafted} event, or a refusal: no point, a point twice, or
   *     a due date before today
   */
  public static Outcome<Change<ControlMeasure>> draft(
      ControlMeasureId id, UnitId unitId, List<RiskPointId> points, MeasurePlan plan, LocalDate today) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(today, "today");
    if (points.isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "防控措施须针对至少一个风险点",
          "a control measure controls at least one risk point"));
    }
    if (new LinkedHashSet<>(points).size() != points.size()) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "同一风险点只能列出一次",
          "each risk point is listed once"));
    }
    if (plan.due().isBefore(today)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "完成时限 " + plan.due() + " 早于措施制定之日 " + today,
          "the due date " + plan.due() + " is before the day the measure is drafted, " + today));
    }
    ControlMeasure m = new ControlMeasure(id, unitId, points, plan, today, MeasureLife.DRAFT, 0);
    return Outcome.accepted(Change.of(m, new ControlEvent.MeasureDrafted(unitId, id, m.points, plan, today)));
  }

  /**
   * Rebuilds a stored measure; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param points the points it controls
   * @param plan what it says
   * @param drafted the day it was drafted
   * @param life where it is in its life
   * @param version the stored version
   * @return the measure
   */
  public static ControlMeasure restore(ControlMeasureId id, UnitId unitId, List<RiskPointId> points,
      MeasurePlan plan, LocalDate drafted, MeasureLife life, long version) {
    return new ControlMeasure(id, unitId, points, plan, drafted, life, version);
  }

  /** @param day the day it is entered on Form 3 @return the registered measure, or a refusal */
  public Outcome<Change<ControlMeasure>> register(LocalDate day) {
    return step(MeasureAction.REGISTER, day, () -> life.registeredOn(day),
        new ControlEvent.MeasureRegistered(unitId, id, day));
  }

  /** @param day the first day it applies @return the measure in force, or a refusal */
  public Outcome<Change<ControlMeasure>> putInForce(LocalDate day) {
    return step(MeasureAction.PUT_IN_FORCE, day, () -> life.inForceFrom(day),
        new ControlEvent.MeasurePutInForce(unitId, id, day));
  }

  /** @param day the day it is withdrawn @param reason why @return the retired measure, or a refusal */
  public Outcome<Change<ControlMeasure>> retire(LocalDate day, String reason) {
    Objects.requireNonNull(reason, "reason");
    return step(MeasureAction.RETIRE, day, () -> life.retiredOn(day, reason),
        new ControlEvent.MeasureRetired(unitId, id, day, reason));
  }

  /**
   * @param day the day it is replaced
   * @param by its replacement, another measure of the same unit (the caller checks it exists)
   * @return the superseded measure, or a refusal
   */
  public Outcome<Change<ControlMeasure>> supersede(LocalDate day, ControlMeasureId by) {
    Objects.requireNonNull(by, "by");
    if (by.equals(id)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "措施不能被自身替代",
          "a measure cannot supersede itself"));
    }
    return step(MeasureAction.SUPERSEDE, day, () -> life.supersededOn(day, by),
        new ControlEvent.MeasureSuperseded(unitId, id, day, by));
  }

  private Outcome<Change<ControlMeasure>> step(MeasureAction action, LocalDate day,
      java.util.function.Supplier<MeasureLife> next, DomainEvent event) {
    Objects.requireNonNull(day, "day");
    if (MeasureTransitions.target(life.state(), action).isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "防控措施处于“" + life.state().chinese() + "”状态，不能执行该操作（" + action.code() + "）",
          "the control measure is " + life.state().code() + "; " + action.code() + " is not allowed"));
    }
    LocalDate last = life.lastDay().orElse(drafted);
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "日期 " + day + " 早于该措施上一步的日期 " + last,
          "the day " + day + " is before the measure's last step, on " + last));
    }
    return Outcome.accepted(Change.of(new ControlMeasure(id, unitId, points, plan, drafted, next.get(), version),
        event));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public ControlMeasure withVersion(long newVersion) {
    return new ControlMeasure(id, unitId, points, plan, drafted, life, newVersion);
  }

  /** @param point a risk point @return whether this measure controls it */
  public boolean controls(RiskPointId point) {
    return points.contains(point);
  }

  /**
   * @param measures measures, in order
   * @return for each point they control, those that control it, in the same order: one pass over the measures, not one
   *     per point; unmodifiable
   */
  public static Map<RiskPointId, List<ControlMeasure>> byPoint(List<ControlMeasure> measures) {
    Map<RiskPointId, List<ControlMeasure>> out = new HashMap<>();
    for (ControlMeasure m : measures) {
      for (RiskPointId p : m.points()) {
        out.computeIfAbsent(p, k -> new ArrayList<>()).add(m);
      }
    }
    out.replaceAll((p, its) -> List.copyOf(its));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** @return whether it applies now: what coverage and the residual grade count */
  public boolean inForce() {
    return life.state() == MeasureState.IN_FORCE;
  }

  /** @return whether it stands on Form 3 (附表3) and counts for its points: registered or in force */
  public boolean listed() {
    return life.state() == MeasureState.REGISTERED || life.state() == MeasureState.IN_FORCE;
  }

  /** @return the id */
  @Override
  public ControlMeasureId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the risk points it controls, in order */
  public List<RiskPointId> points() {
    return points;
  }

  /** @return what it says */
  public MeasurePlan plan() {
    return plan;
  }

  /** @return the day it was drafted */
  public LocalDate drafted() {
    return drafted;
  }

  /** @return where it is in its life */
  public MeasureLife life() {
    return life;
  }

  /** @return the state, {@code life().state()} */
  public MeasureState state() {
    return life.state();
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ControlMeasure m
        && id.equals(m.id)
        && unitId.equals(m.unitId)
        && points.equals(m.points)
        && plan.equals(m.plan)
        && drafted.equals(m.drafted)
        && life.equals(m.life)
        && version == m.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, points, plan, drafted, life, version);
  }

  @Override
  public String toString() {
    return "ControlMeasure[" + id + " " + life.state().code() + " " + plan.phase().code() + "/" + plan.line().code()
        + " on " + points + "]";
  }
}
