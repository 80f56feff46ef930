package org.lianfang.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * The days a phase of the year is worked in (S-16). Immutable and thread-safe.
 *
 * @param phase a working phase
 * @param from its first day
 * @param to its last day, not before the first
 */
public record PhaseWindow(CyclePhase phase, LocalDate from, LocalDate to) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the phase is {@link CyclePhase#CLOSED} or the last day is before the first
   */
  public PhaseWindow {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (phase == CyclePhase.CLOSED || to.isBefore(from)) {
      throw new IllegalArgumentException("a working phase's window ends on or after its first day: " + phase + " "
          + from + " to " + to);
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("phase", phase).put("from", from).put("to", to).build();
  }
}
