package org.lianfang.memory;

import java.util.List;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.process.BusinessProcess;
import org.lianfang.spi.ProcessStore;
import org.lianfang.spi.Processes;

/** The process area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryProcessStore extends MemoryOrganizationStore implements ProcessStore {
  private final Table<BusinessProcess> processes = table(AggregateKinds.PROCESSES, BusinessProcess::withVersion,
      p -> List.of(p.unitId(), p.code()));

  private final Processes processesPort = new MemoryProcesses(processes);

  @Override
  public Processes processes() {
    return processesPort;
  }
}
