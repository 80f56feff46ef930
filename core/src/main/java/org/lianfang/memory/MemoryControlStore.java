package org.lianfang.memory;

import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.spi.ControlMeasures;
import org.lianfang.spi.ControlStore;

/** The control area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryControlStore extends MemoryRiskStore implements ControlStore {
  private final Table<ControlMeasure> measures = table(AggregateKinds.CONTROL_MEASURES, ControlMeasure::withVersion,
      null);

  private final ControlMeasures measuresPort = new Measures(measures);

  @Override
  public ControlMeasures controlMeasures() {
    return measuresPort;
  }

  /** The {@link ControlMeasures} port, over its table. */
  private static final class Measures extends MemoryRepository<ControlMeasure, ControlMeasureId>
      implements ControlMeasures {
    Measures(Table<ControlMeasure> t) {
      super(t);
    }
  }
}
