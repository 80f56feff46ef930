package org.lianfang.testing;

import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.spi.Processes;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Processes}: the {@link RepositoryContract}, with process codes unique within their unit.
 * Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class ProcessesContract extends RepositoryContract<BusinessProcess, ProcessId> {
  @Override
  protected final Repository<BusinessProcess, ProcessId> repository(Store store) {
    return store.processes();
  }

  @Override
  protected final Gen<BusinessProcess> aggregates(UnitId unit) {
    return ProcessGenerators.processes(unit);
  }

  @Override
  protected final BusinessProcess withVersion(BusinessProcess aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final BusinessProcess changed(BusinessProcess p) {
    return BusinessProcess.restore(p.id(), p.unitId(), p.code(), p.name() + "（改）", p.steps(), p.flows(),
        p.version());
  }

  @Override
  protected final Optional<BusinessProcess> rival(BusinessProcess h) {
    return Optional.of(BusinessProcess.restore(new ProcessId(UUID.randomUUID()), h.unitId(), h.code(), "另一流程",
        h.steps(), h.flows(), 0));
  }
}
