package org.lianfang.testing;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.ReportIntake;
import org.lianfang.monitoring.ReportLinks;
import org.lianfang.monitoring.Reporter;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.Reports}: the {@link RepositoryContract}; reports have no code, so nothing
 * but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class ReportsContract extends RepositoryContract<Report, ReportId> {
  @Override
  protected final Repository<Report, ReportId> repository(Store store) {
    return store.reports();
  }

  @Override
  protected final Gen<Report> aggregates(UnitId unit) {
    return MonitoringGenerators.reports(unit);
  }

  @Override
  protected final Report withVersion(Report aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /**
   * Columns change: the content, the reporter (named when anonymous, anonymous when named), the subject's points, the
   * links, and the life (a step further, or back to received once final).
   */
  @Override
  protected final Report changed(Report r) {
    ReportIntake i = r.intake();
    WarningSubject s = i.subject();
    boolean becomesAnonymous = i.realName() && r.life().acceptanceTold().isEmpty() && r.life().resultTold().isEmpty();
    ReportIntake intake = new ReportIntake(i.channel(), i.received(), new WarningSubject(s.post(), s.official(),
        s.points().isEmpty() ? List.of(new RiskPointId(r.id().value())) : List.of()), i.content() + "（补充）",
        becomesAnonymous ? Optional.empty() : Optional.of(new Reporter("举报人", "0871-1234567")), i.seal());
    ReportLinks links = r.links().warnings().isEmpty() ? new ReportLinks(r.links().points(),
        List.of(new WarningId(r.id().value()))) : ReportLinks.NONE;
    List<org.lianfang.monitoring.ReportAction> allowed = MonitoringGenerators.allowed(r);
    Report moved = allowed.isEmpty() ? Report.restore(r.id(), r.unitId(), r.intake(),
        org.lianfang.monitoring.ReportLife.RECEIVED, ReportLinks.NONE, r.version())
        : MonitoringGenerators.step(r, allowed.get(0), r.life().lastDay().orElse(i.received()).plusDays(1), "改变",
            Disposal.SHELVED).orElseThrow().after();
    boolean told = moved.life().acceptanceTold().isPresent() || moved.life().resultTold().isPresent();
    return Report.restore(r.id(), r.unitId(), told ? new ReportIntake(intake.channel(), intake.received(),
        intake.subject(), intake.content(), Optional.of(new Reporter("举报人", "0871-1234567")), intake.seal())
        : intake, moved.life(), links, r.version());
  }

  @Override
  protected final Optional<Report> rival(Report holder) {
    return Optional.empty();
  }
}
