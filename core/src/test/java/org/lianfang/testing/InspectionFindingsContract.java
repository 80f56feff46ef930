package org.lianfang.testing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.checks.Accountability;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.InspectionFindings}: the {@link RepositoryContract}; findings have no code,
 * so nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class InspectionFindingsContract extends RepositoryContract<InspectionFinding, InspectionFindingId> {
  @Override
  protected final Repository<InspectionFinding, InspectionFindingId> repository(Store store) {
    return store.inspectionFindings();
  }

  @Override
  protected final Gen<InspectionFinding> aggregates(UnitId unit) {
    return ChecksGenerators.inspectionFindings(unit);
  }

  @Override
  protected final InspectionFinding withVersion(InspectionFinding aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /** Columns and lists change: the problem, the points (one added or all dropped), one more person held. */
  @Override
  protected final InspectionFinding changed(InspectionFinding f) {
    List<RiskPointId> points = f.points().isEmpty() ? List.of(new RiskPointId(UUID.randomUUID())) : List.of();
    List<Accountability> held = new java.util.ArrayList<>(f.accountability());
    held.add(new Accountability(new OfficialId(UUID.randomUUID()), "通报批评", "纪决〔2010〕9号", f.recorded()));
    return InspectionFinding.restore(f.id(), f.unitId(), f.inspection(), f.recorded(), f.problem() + "（补充）",
        points, f.item(), held, f.version());
  }

  @Override
  protected final Optional<InspectionFinding> rival(InspectionFinding holder) {
    return Optional.empty();
  }
}
