package org.lianfang.testing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.checks.InspectionMethod;
import org.lianfang.checks.InspectionPlan;
import org.lianfang.checks.InspectionState;
import org.lianfang.checks.InspectionTransitions;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.SpecialInspections}: the {@link RepositoryContract}; inspections have no
 * code, so nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class SpecialInspectionsContract extends RepositoryContract<SpecialInspection, SpecialInspectionId> {
  @Override
  protected final Repository<SpecialInspection, SpecialInspectionId> repository(Store store) {
    return store.specialInspections();
  }

  @Override
  protected final Gen<SpecialInspection> aggregates(UnitId unit) {
    return ChecksGenerators.specialInspections(unit);
  }

  @Override
  protected final SpecialInspection withVersion(SpecialInspection aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /** Columns and the scope change: the subject, one method fewer or more, the scope reversed, and a step further. */
  @Override
  protected final SpecialInspection changed(SpecialInspection s) {
    InspectionPlan p = s.plan();
    List<UnitId> scope = new java.util.ArrayList<>(p.scope());
    java.util.Collections.reverse(scope);
    Set<InspectionMethod> methods = p.methods().size() > 1 ? Set.copyOf(p.methods().stream().skip(1).toList())
        : Set.of(InspectionMethod.values());
    InspectionPlan plan = new InspectionPlan(p.number(), p.subject() + "（调整）", scope, methods, p.from(), p.to());
    SpecialInspection moved = s.state() == InspectionState.CLOSED ? s : s.act(InspectionTransitions.from(s.state())
        .keySet().iterator().next(), s.life().lastDay().orElse(s.planned()).plusDays(1),
        s.state() == InspectionState.UNDER_WAY ? Optional.of("通报") : Optional.empty()).orElseThrow().after();
    return SpecialInspection.restore(s.id(), s.unitId(), plan, s.planned(), moved.life(), s.version());
  }

  @Override
  protected final Optional<SpecialInspection> rival(SpecialInspection holder) {
    return Optional.empty();
  }
}
