package org.lianfang.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.monitoring.Remark;

/**
 * Where a public appraisal round has been (P-25): the day it was planned, the day it began collecting, its analysis
 * (the day and the items flagged for next year's revision, under the policy of that day), and its closing remarks.
 * Immutable and thread-safe.
 *
 * @param planned the day it was planned
 * @param opened the day it began collecting answers
 * @param analysed the day its results were analysed
 * @param flagged the positions of the items whose share of dissatisfied answers reached the policy's on that day,
 *     ascending; empty before the analysis
 * @param closed the day it closed, with what was said: after its analysis, or called off before it opened
 */
public record AppraisalLife(LocalDate planned, Optional<LocalDate> opened, Optional<LocalDate> analysed,
    List<Integer> flagged, Optional<Remark> closed) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the steps are out of order or items are flagged before the analysis
   */
  public AppraisalLife {
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(analysed, "analysed");
    flagged = List.copyOf(flagged);
    Objects.requireNonNull(closed, "closed");
    boolean ordered = (analysed.isEmpty() || opened.isPresent() && !analysed.get().isBefore(opened.get()))
        && (closed.isEmpty() || analysed.isPresent() && !closed.get().day().isBefore(analysed.get())
            || opened.isEmpty() && !closed.get().day().isBefore(planned))
        && opened.map(o -> !o.isBefore(planned)).orElse(true);
    boolean ascending = true;
    for (int i = 0; i < flagged.size(); i++) {
      ascending &= flagged.get(i) >= (i == 0 ? 0 : flagged.get(i - 1) + 1);
    }
    if (!ordered || !ascending || analysed.isEmpty() && !flagged.isEmpty()) {
      throw new IllegalArgumentException("a round is planned, opened, analysed and closed in that order; its flagged "
          + "items ascend and follow its analysis");
    }
  }

  /** @return where it is */
  public AppraisalState state() {
    return closed.isPresent() ? AppraisalState.CLOSED : analysed.isPresent() ? AppraisalState.ANALYSED
        : opened.isPresent() ? AppraisalState.COLLECTING : AppraisalState.PLANNED;
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("planned", planned).put("opened", opened).put("analysed", analysed)
        .put("flagged", flagged).put("closed", closed).build();
  }
}
