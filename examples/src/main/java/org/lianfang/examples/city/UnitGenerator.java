package org.lianfang.examples.city;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.examples.city.OrganisationGenerator.Organisation;
import org.lianfang.examples.city.Timeline.Phase;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.organization.OrganizationEvent;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPoint;

/**
 * Generates one unit's records from its plan, as the programme would have made them: the unit registered; its posts,
 * officials, open tenures and power list ({@link OrganisationGenerator}); its risk points identified, reviewed, graded
 * with the seed's policy, published, commented on and confirmed ({@link RiskPointGenerator}); two control measures for
 * each point ({@link MeasureGenerator}); then some points made stale or retired — each through the domain's own
 * transitions, so every record obeys its rules (a refused transition is a bug here and throws). Every event appends an
 * entry to the unit's journal chain. Uses only the unit's own random streams ({@link UnitWork}), so units can be
 * generated in any order.
 */
final class UnitGenerator {
  /** The grading policy every generated grade comes from (S-6). */
  static final GradingPolicy POLICY = SeedGradingPolicy.standard();
  /** The actor who registers units: the municipal discipline commission's office. */
  static final String CITY_ACTOR = "jw-5301";

  private final long seed;
  private final Plan plan;

  UnitGenerator(long seed, Plan plan) {
    this.seed = seed;
    this.plan = plan;
  }

  UnitBatch generate(UnitPlan u) {
    UnitWork work = new UnitWork(seed, plan.timeline, u);

    // 1. the unit; its id is the first of its stream, as the plan made it
    long at = work.time.at(Phase.UNITS, u.index, 0, 1);
    UUID again = work.ids.at(at);
    if (!again.equals(u.id.value())) {
      throw new IllegalStateException("unit id stream out of step for " + u.code);
    }
    Optional<UnitId> parent = u.parent < 0 ? Optional.empty() : Optional.of(plan.units.get(u.parent).id);
    Unit unit = Unit.restore(u.id, u.code, u.name, u.kind, parent, 1);
    work.append(new OrganizationEvent.UnitRegistered(u.id, u.code, u.name, u.kind, parent), unit, CITY_ACTOR,
        at);

    // 2. the organisation: posts with their holders and tenures, officials holding no post, the power list
    Organisation o = new OrganisationGenerator(work).run();

    // 3. risk points, through review (S-3, S-5, S-6, P-1, P-5), then controlled (P-13) and revised (S-12, P-3)
    MeasureGenerator measures = new MeasureGenerator(work, seed);
    List<RiskPoint> points = new RiskPointGenerator(work).riskPoints(o.specs(), o.posts(), o.officials(), o.powers(),
        measures);
    return new UnitBatch(unit, o.posts(), o.officials(), o.tenures(), o.powers(), points, measures.measures(),
        work.journal());
  }
}
