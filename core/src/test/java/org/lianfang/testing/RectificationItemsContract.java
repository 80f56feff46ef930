package org.lianfang.testing;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.monitoring.RectificationAction;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.RectificationItems}: the {@link RepositoryContract}; items have no code, so
 * nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class RectificationItemsContract extends RepositoryContract<RectificationItem, RectificationItemId> {
  @Override
  protected final Repository<RectificationItem, RectificationItemId> repository(Store store) {
    return store.rectificationItems();
  }

  @Override
  protected final Gen<RectificationItem> aggregates(UnitId unit) {
    return MonitoringGenerators.rectificationItems(unit);
  }

  @Override
  protected final RectificationItem withVersion(RectificationItem aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /** Columns change: the measures, the due day, the points, and the life (a step further, or a step back). */
  @Override
  protected final RectificationItem changed(RectificationItem r) {
    RectificationTerms t = r.terms();
    RectificationTerms terms = new RectificationTerms(t.origin(), t.warning(), t.problem(), t.target(),
        t.measures() + "（补充）", t.owner(), t.due().plusDays(1),
        t.points().isEmpty() ? List.of(new RiskPointId(r.id().value())) : List.of());
    RectificationItem moved = r.state().isFinal()
        ? RectificationItem.restore(r.id(), r.unitId(), terms, r.opened(),
            new org.lianfang.monitoring.RectificationLife(r.life().started(), r.life().submission(),
                r.life().rejected(), r.life().verified(), Optional.empty()), r.carried(), r.version())
        : MonitoringGenerators.step(r, org.lianfang.monitoring.RectificationTransitions.from(r.state()).keySet()
            .stream().sorted().findFirst().orElse(RectificationAction.START),
            r.life().lastDay().orElse(r.opened()).plusDays(1), "改变").orElseThrow().after();
    return RectificationItem.restore(r.id(), r.unitId(), terms, r.opened(), moved.life(), r.carried(), r.version());
  }

  @Override
  protected final Optional<RectificationItem> rival(RectificationItem holder) {
    return Optional.empty();
  }
}
