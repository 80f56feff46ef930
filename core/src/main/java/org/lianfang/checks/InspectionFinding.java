package org.lianfang.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.risk.RiskPointId;

/**
 * What a special inspection found in one unit it inspected (S-10): the problem, the unit's risk points it concerns,
 * the rectification item its order opened in the unit (P-21), and the people held accountable over it, as decided
 * elsewhere and recorded here (Lianfang decides no sanction). It belongs to the unit inspected and names the
 * inspection of the body above. Immutable and thread-safe.
 */
public final class InspectionFinding implements Aggregate<InspectionFindingId> {
  private final InspectionFindingId id;
  private final UnitId unitId;
  private final SpecialInspectionId inspection;
  private final LocalDate recorded;
  private final String problem;
  private final List<RiskPointId> points;
  private final RectificationItemId item;
  private final List<Accountability> accountability;
  private final long version;

  private InspectionFinding(InspectionFindingId id, UnitId unitId, SpecialInspectionId inspection,
      LocalDate recorded, String problem, List<RiskPointId> points, RectificationItemId item,
      List<Accountability> accountability, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.inspection = Objects.requireNonNull(inspection, "inspection");
    this.recorded = Objects.requireNonNull(recorded, "recorded");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.points = List.copyOf(points);
    this.item = Objects.requireNonNull(item, "item");
    this.accountability = List.copyOf(accountability);
    this.version = version;
    if (this.points.stream().distinct().count() != this.points.size()
        || this.accountability.stream().anyMatch(a -> a.day().isBefore(recorded))) {
      throw new IllegalArgumentException("a finding names each point once, and holds no one before it was made");
    }
  }

  /**
   * Records a finding, not yet stored.
   *
   * @param id the id
   * @param unitId the unit inspected
   * @param inspection the inspection
   * @param problem the problem found
   * @param points the unit's risk points it concerns, each once
   * @param item the rectification item its order opens in the unit
   * @param today the day it is recorded
   * @return it and its {@link CheckEvent.FindingRecorded} event
   */
  public static Change<InspectionFinding> record(InspectionFindingId id, UnitId unitId,
      SpecialInspectionId inspection, String problem, List<RiskPointId> points, RectificationItemId item,
      LocalDate today) {
    InspectionFinding f = new InspectionFinding(id, unitId, inspection, today, problem, points, item, List.of(), 0);
    return Change.of(f, new CheckEvent.FindingRecorded(unitId, id, inspection, problem, f.points, item, today));
  }

  /**
   * Rebuilds a stored finding; for store adapters.
   *
   * @param id the id
   * @param unitId the unit inspected
   * @param inspection the inspection
   * @param recorded the day it was recorded
   * @param problem the problem
   * @param points the points
   * @param item the rectification item
   * @param accountability who was held accountable
   * @param version the stored version
   * @return the finding
   */
  public static InspectionFinding restore(InspectionFindingId id, UnitId unitId, SpecialInspectionId inspection,
      LocalDate recorded, String problem, List<RiskPointId> points, RectificationItemId item,
      List<Accountability> accountability, long version) {
    return new InspectionFinding(id, unitId, inspection, recorded, problem, points, item, accountability, version);
  }

  /**
   * Records someone held accountable over it.
   *
   * @param held who, what and the decision's reference
   * @param today the day it is recorded
   * @return it and its {@link CheckEvent.AccountabilityRecorded} event, or a refusal if the decision is dated before
   *     the finding or after today
   */
  public Outcome<Change<InspectionFinding>> hold(Accountability held, LocalDate today) {
    if (held.day().isBefore(recorded) || held.day().isAfter(today)) {
      return Outcome.refused(Refusal.invalidField("day", "WithinTheFinding", "问责日期", "day decided",
          "问责日期 " + held.day() + " 须在发现问题之日 " + recorded + " 至今天 " + today + " 之间",
          "the day decided, " + held.day() + ", lies between the finding's day, " + recorded + ", and today, "
              + today));
    }
    List<Accountability> all = new ArrayList<>(accountability);
    all.add(held);
    return Outcome.accepted(Change.of(new InspectionFinding(id, unitId, inspection, recorded, problem, points, item,
        all, version), new CheckEvent.AccountabilityRecorded(unitId, id, held)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public InspectionFinding withVersion(long newVersion) {
    return new InspectionFinding(id, unitId, inspection, recorded, problem, points, item, accountability, newVersion);
  }

  /** @return the id */
  @Override
  public InspectionFindingId id() {
    return id;
  }

  /** @return the unit inspected */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the inspection, of the body above */
  public SpecialInspectionId inspection() {
    return inspection;
  }

  /** @return the day it was recorded */
  public LocalDate recorded() {
    return recorded;
  }

  /** @return the problem found */
  public String problem() {
    return problem;
  }

  /** @return the unit's risk points it concerns, in order */
  public List<RiskPointId> points() {
    return points;
  }

  /** @return the rectification item its order opened */
  public RectificationItemId item() {
    return item;
  }

  /** @return who was held accountable, in the order recorded */
  public List<Accountability> accountability() {
    return accountability;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InspectionFinding f && id.equals(f.id) && unitId.equals(f.unitId)
        && inspection.equals(f.inspection) && recorded.equals(f.recorded) && problem.equals(f.problem)
        && points.equals(f.points) && item.equals(f.item) && accountability.equals(f.accountability)
        && version == f.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, inspection, recorded, problem, points, item, accountability, version);
  }

  @Override
  public String toString() {
    return "InspectionFinding[" + id + " of " + inspection + "]";
  }
}
