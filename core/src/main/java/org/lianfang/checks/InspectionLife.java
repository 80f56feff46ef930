package org.lianfang.checks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.monitoring.Remark;

/**
 * Where a special inspection is (S-10): the day it began, its report (the day and the summary) and the day it closed.
 * The state is derived from them; each part needs the one before it, and the days never go back. Immutable and
 * thread-safe.
 *
 * @param started the day the inspectors began
 * @param reported the day its report was issued and its summary
 * @param closed the day it closed
 */
public record InspectionLife(Optional<LocalDate> started, Optional<Remark> reported, Optional<LocalDate> closed)
    implements Archivable {
  /** An inspection just planned. */
  public static final InspectionLife PLANNED = new InspectionLife(Optional.empty(), Optional.empty(),
      Optional.empty());

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is there without the one before it, or the days go back
   */
  public InspectionLife {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(closed, "closed");
    if (reported.isPresent() && started.isEmpty() || closed.isPresent() && reported.isEmpty()) {
      throw new IllegalArgumentException("an inspection begins, reports, then closes");
    }
    if (reported.map(r -> r.day().isBefore(started.orElseThrow())).orElse(false)
        || closed.map(c -> c.isBefore(reported.orElseThrow().day())).orElse(false)) {
      throw new IllegalArgumentException("an inspection's steps never go back in time");
    }
  }

  /** @return where it is */
  public InspectionState state() {
    return closed.isPresent() ? InspectionState.CLOSED : reported.isPresent() ? InspectionState.REPORTED
        : started.isPresent() ? InspectionState.UNDER_WAY : InspectionState.PLANNED;
  }

  /** @return the day of the last step taken, if any */
  public Optional<LocalDate> lastDay() {
    return closed.or(() -> reported.map(Remark::day)).or(() -> started);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("started", started).put("reported", reported).put("closed", closed).build();
  }
}
