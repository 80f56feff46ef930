package org.lianfang.memory;

import java.util.List;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.spi.AnnualCycles;
import org.lianfang.spi.CycleStore;

/** The annual cycle's area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryCycleStore extends MemoryEvaluationStore implements CycleStore {
  /** A unit's year is a cycle's code: one per unit and year. */
  private final Table<AnnualCycle> cycles = table(AggregateKinds.ANNUAL_CYCLES, AnnualCycle::withVersion,
      c -> List.of(c.unitId(), c.year()));

  private final AnnualCycles cyclesPort = new CyclesPort(cycles);

  @Override
  public AnnualCycles annualCycles() {
    return cyclesPort;
  }

  /** The {@link AnnualCycles} port, over its table. */
  private static final class CyclesPort extends MemoryRepository<AnnualCycle, AnnualCycleId> implements AnnualCycles {
    CyclesPort(Table<AnnualCycle> t) {
      super(t);
    }
  }
}
