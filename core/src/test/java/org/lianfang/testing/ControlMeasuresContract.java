package org.lianfang.testing;

import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.MeasurePlan;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.ControlMeasures}: the {@link RepositoryContract}; measures have no code, so
 * nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class ControlMeasuresContract extends RepositoryContract<ControlMeasure, ControlMeasureId> {
  @Override
  protected final Repository<ControlMeasure, ControlMeasureId> repository(Store store) {
    return store.controlMeasures();
  }

  @Override
  protected final Gen<ControlMeasure> aggregates(UnitId unit) {
    return ControlGenerators.measures(unit);
  }

  @Override
  protected final ControlMeasure withVersion(ControlMeasure aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final ControlMeasure changed(ControlMeasure m) {
    MeasurePlan p = m.plan();
    MeasurePlan revised = new MeasurePlan(p.phase(), p.line(), p.content() + "（修订）", p.basis(), p.owners(),
        p.due().plusDays(7), p.cadence(), p.indicator(), p.evidence());
    return ControlMeasure.restore(m.id(), m.unitId(), m.points(), revised, m.drafted(), m.life(), m.version());
  }

  @Override
  protected final Optional<ControlMeasure> rival(ControlMeasure holder) {
    return Optional.empty();
  }
}
