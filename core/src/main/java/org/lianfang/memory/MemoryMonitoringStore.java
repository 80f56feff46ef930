package org.lianfang.memory;

import org.lianfang.kinds.AggregateKinds;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.spi.MonitoringStore;
import org.lianfang.spi.Warnings;

/** The third line's area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryMonitoringStore extends MemoryControlStore implements MonitoringStore {
  private final Table<Warning> warnings = table(AggregateKinds.WARNINGS, Warning::withVersion, null);

  private final Warnings warningsPort = new WarningsPort(warnings);

  @Override
  public Warnings warnings() {
    return warningsPort;
  }

  /** The {@link Warnings} port, over its table. */
  private static final class WarningsPort extends MemoryRepository<Warning, WarningId> implements Warnings {
    WarningsPort(Table<Warning> t) {
      super(t);
    }
  }
}
