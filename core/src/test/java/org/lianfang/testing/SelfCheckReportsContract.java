package org.lianfang.testing;

import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.checks.SelfCheckFigures;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SelfCheckSections;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.SelfCheckReports}: the {@link RepositoryContract}, where a unit's half is a
 * self-check's code (a second one of the same unit and half is refused as stale). Extend it with a fresh, empty store
 * per call of {@link #newStore()}.
 */
public abstract class SelfCheckReportsContract extends RepositoryContract<SelfCheckReport, SelfCheckReportId> {
  @Override
  protected final Repository<SelfCheckReport, SelfCheckReportId> repository(Store store) {
    return store.selfCheckReports();
  }

  @Override
  protected final Gen<SelfCheckReport> aggregates(UnitId unit) {
    return ChecksGenerators.selfCheckReports(unit);
  }

  @Override
  protected final SelfCheckReport withVersion(SelfCheckReport aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /** Columns change: every section, and a step further (a draft submitted, a submission acknowledged). */
  @Override
  protected final SelfCheckReport changed(SelfCheckReport r) {
    SelfCheckSections t = r.sections();
    SelfCheckSections sections = new SelfCheckSections(t.effect() + "（一）", t.selfDiscipline() + "（二）",
        t.ruleGaps() + "（三）", t.fixes() + "（四）", t.nextSteps() + "（五）");
    SelfCheckReport moved = switch (r.state()) {
      case DRAFT -> r.submit(new SelfCheckFigures(r.drafted().plusDays(1), 1, 2, 3, 4, 5, 6, 7, 8, 9)).orElseThrow()
          .after();
      case SUBMITTED -> r.acknowledge(r.figures().orElseThrow().asOf(), "已阅").orElseThrow().after();
      case ACKNOWLEDGED -> r;
    };
    return SelfCheckReport.restore(r.id(), r.unitId(), r.half(), r.drafted(), sections, moved.figures(),
        moved.acknowledged(), r.version());
  }

  @Override
  protected final Optional<SelfCheckReport> rival(SelfCheckReport holder) {
    return Optional.of(SelfCheckReport.draft(new SelfCheckReportId(UUID.randomUUID()), holder.unitId(),
        holder.half(), holder.sections(), holder.drafted()).orElseThrow().after());
  }
}
