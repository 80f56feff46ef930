package org.lianfang.checks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Remark;

/**
 * A special inspection (专项检查, S-10, P-12) by a discipline body over units below it: planned with its subject, scope
 * and methods, begun, reported with a summary, closed. It belongs to the body's unit; what it finds in a unit is an
 * {@link InspectionFinding} of that unit, so no command writes two units' records (ARCHITECTURE.md decision 9). Every
 * step follows {@link InspectionTransitions}. That the scope lies below the body is for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpecialInspection implements Aggregate<SpecialInspectionId> {
  private final SpecialInspectionId id;
  private final UnitId unitId;
  private final InspectionPlan plan;
  private final LocalDate planned;
  private final InspectionLife life;
  private final long version;

  private SpecialInspection(SpecialInspectionId id, UnitId unitId, InspectionPlan plan, LocalDate planned,
      InspectionLife life, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.planned = Objects.requireNonNull(planned, "planned");
    this.life = Objects.requireNonNull(life, "life");
    this.version = version;
    if (life.started().map(d -> d.isBefore(planned)).orElse(false) || plan.scope().contains(unitId)) {
      throw new IllegalArgumentException("an inspection begins after it is planned, over units other than its own");
    }
  }

  /**
   * Plans an inspection, not yet stored.
   *
   * @param id the id
   * @param unitId the discipline body's unit
   * @param plan what it is to do
   * @param today the day it is planned
   * @return it and its {@link CheckEvent.InspectionPlanned} event, or a refusal if its last day has passed
   */
  public static Outcome<Change<SpecialInspection>> plan(SpecialInspectionId id, UnitId unitId, InspectionPlan plan,
      LocalDate today) {
    if (plan.to().isBefore(today)) {
      return Outcome.refused(Refusal.invalidField("to", "NotInThePast", "检查截止日期", "last day",
          "检查截止日期 " + plan.to() + " 早于今天 " + today, "the last day, " + plan.to() + ", is before today, "
              + today));
    }
    SpecialInspection s = new SpecialInspection(id, unitId, plan, today, InspectionLife.PLANNED, 0);
    return Outcome.accepted(Change.of(s, new CheckEvent.InspectionPlanned(unitId, id, plan, today)));
  }

  /**
   * Rebuilds a stored inspection; for store adapters.
   *
   * @param id the id
   * @param unitId the body's unit
   * @param plan what it is to do
   * @param planned the day it was planned
   * @param life where it is
   * @param version the stored version
   * @return the inspection
   */
  public static SpecialInspection restore(SpecialInspectionId id, UnitId unitId, InspectionPlan plan,
      LocalDate planned, InspectionLife life, long version) {
    return new SpecialInspection(id, unitId, plan, planned, life, version);
  }

  /**
   * Takes one step of {@link InspectionTransitions} on a day.
   *
   * @param action the step
   * @param day the day
   * @param summary the report's summary: required to report, refused otherwise
   * @return it and its {@link CheckEvent.InspectionStepped} event, or a refusal naming the field and the rule
   */
  public Outcome<Change<SpecialInspection>> act(InspectionAction action, LocalDate day, Optional<String> summary) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(summary, "summary");
    InspectionState from = state();
    if (InspectionTransitions.target(from, action).isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "专项检查处于“" + from.chinese() + "”状态，不能" + action.chinese(),
          "the inspection is " + from.code() + "; " + action.code() + " is not allowed"));
    }
    if (action == InspectionAction.START && day.isBefore(plan.from())) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "检查自 " + plan.from() + " 开始，" + day
          + " 不能进驻", "the inspection runs from " + plan.from() + "; it cannot begin on " + day));
    }
    LocalDate last = life.lastDay().orElse(planned);
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于该检查上一步的日期 " + last,
          "the day " + day + " is before the inspection's last step, on " + last));
    }
    boolean reports = action == InspectionAction.REPORT;
    if (reports != summary.isPresent()) {
      return Outcome.refused(Refusal.invalidField("summary", "SummaryToReport", "检查通报", "summary",
          reports ? "通报须附检查情况" : action.chinese() + "不附通报", reports ? "a report gives its summary"
              : action.code() + " takes no summary"));
    }
    InspectionLife after = switch (action) {
      case START -> new InspectionLife(Optional.of(day), Optional.empty(), Optional.empty());
      case REPORT -> new InspectionLife(life.started(), Optional.of(new Remark(day, summary.get())), Optional.empty());
      case CLOSE -> new InspectionLife(life.started(), life.reported(), Optional.of(day));
    };
    return Outcome.accepted(Change.of(new SpecialInspection(id, unitId, plan, planned, after, version),
        new CheckEvent.InspectionStepped(unitId, id, action, day, summary)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public SpecialInspection withVersion(long newVersion) {
    return new SpecialInspection(id, unitId, plan, planned, life, newVersion);
  }

  /** @return where it is, {@code life().state()} */
  public InspectionState state() {
    return life.state();
  }

  /** @return the id */
  @Override
  public SpecialInspectionId id() {
    return id;
  }

  /** @return the discipline body's unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return what it is to do */
  public InspectionPlan plan() {
    return plan;
  }

  /** @return the day it was planned */
  public LocalDate planned() {
    return planned;
  }

  /** @return where it is and since when */
  public InspectionLife life() {
    return life;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecialInspection s && id.equals(s.id) && unitId.equals(s.unitId) && plan.equals(s.plan)
        && planned.equals(s.planned) && life.equals(s.life) && version == s.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, plan, planned, life, version);
  }

  @Override
  public String toString() {
    return "SpecialInspection[" + id + " " + plan.number() + " " + life.state().code() + "]";
  }
}
