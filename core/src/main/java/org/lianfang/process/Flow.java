package org.lianfang.process;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * A directed edge of a flow chart: after {@code from} comes {@code to}. Immutable and thread-safe.
 *
 * @param from the earlier step
 * @param to the later step
 */
public record Flow(StepId from, StepId to) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public Flow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("from", from)
        .put("to", to)
        .build();
  }
}
