package org.lianfang.risk;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;

/**
 * A step of a business process (P-2). Immutable and thread-safe.
 *
 * @param process the process
 * @param step the step's code in it
 */
public record StepRef(ProcessId process, StepId step) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public StepRef {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(step, "step");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("process", process)
        .put("step", step)
        .build();
  }
}
