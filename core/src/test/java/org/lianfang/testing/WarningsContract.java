package org.lianfang.testing;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningAction;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningState;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.Warnings}: the {@link RepositoryContract}; warnings have no code, so nothing
 * but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class WarningsContract extends RepositoryContract<Warning, WarningId> {
  @Override
  protected final Repository<Warning, WarningId> repository(Store store) {
    return store.warnings();
  }

  @Override
  protected final Gen<Warning> aggregates(UnitId unit) {
    return MonitoringGenerators.warnings(unit);
  }

  @Override
  protected final Warning withVersion(Warning aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /**
   * Columns change: the subject (post and points), the notice's facts, and the rounds and end (a step further, or a
   * cancellation once it ended).
   */
  @Override
  protected final Warning changed(Warning w) {
    WarningSubject s = w.subject();
    WarningSubject subject = new WarningSubject(s.post().isPresent() ? Optional.empty() : s.official()
        .map(o -> new org.lianfang.organization.PostId(o.value())), s.official(),
        s.points().isEmpty() ? List.of(new org.lianfang.risk.RiskPointId(w.id().value())) : List.of());
    WarningNotice n = w.notice();
    WarningNotice notice = new WarningNotice(n.number(), n.origin(), n.facts() + "（补充）", n.requirements(),
        n.approver());
    Warning moved = w.state().isFinal() ? w
        : MonitoringGenerators.step(w, w.state() == WarningState.ISSUED ? WarningAction.ACKNOWLEDGE
            : WarningAction.CANCEL, w.current().lastDay().plusDays(1), "改变").orElseThrow().after();
    return Warning.restore(w.id(), w.unitId(), subject, notice, moved.rounds(), moved.end(), w.version());
  }

  @Override
  protected final Optional<Warning> rival(Warning holder) {
    return Optional.empty();
  }
}
