package org.lianfang.memory;

import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.spi.Processes;

/** The {@link Processes} port of {@link InMemoryStore}, over its table. */
final class MemoryProcesses extends MemoryRepository<BusinessProcess, ProcessId> implements Processes {
  MemoryProcesses(Table<BusinessProcess> t) {
    super(t);
  }
}
