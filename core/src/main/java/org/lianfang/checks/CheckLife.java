package org.lianfang.checks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.monitoring.Remark;

/**
 * Where a monthly check is (P-22): the latest submission, why it was returned (while it is to be filled in again) and
 * the review. The state is derived from them, so it cannot disagree; each part needs the ones before it, and the days
 * never go back. Immutable and thread-safe.
 *
 * @param submitted the day of the latest submission, once there is one
 * @param returned why and when the latest submission was returned (退回), while it is to be filled in again
 * @param reviewed the day it was reviewed (审核)
 */
public record CheckLife(Optional<LocalDate> submitted, Optional<Remark> returned, Optional<LocalDate> reviewed)
    implements Archivable {
  /** A check just opened. */
  public static final CheckLife OPENED = new CheckLife(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is there without the ones it needs, or the days go back
   */
  public CheckLife {
    Objects.requireNonNull(submitted, "submitted");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(reviewed, "reviewed");
    boolean fits = (returned.isEmpty() || submitted.isPresent())
        && (reviewed.isEmpty() || submitted.isPresent() && returned.isEmpty());
    if (!fits) {
      throw new IllegalArgumentException("a check's parts come in order: submitted, then returned or reviewed");
    }
    LocalDate after = submitted.orElse(LocalDate.MIN);
    if (returned.map(r -> r.day().isBefore(after)).orElse(false)
        || reviewed.map(d -> d.isBefore(after)).orElse(false)) {
      throw new IllegalArgumentException("a check's steps never go back in time");
    }
  }

  /** @return where it is */
  public CheckState state() {
    if (reviewed.isPresent()) {
      return CheckState.REVIEWED;
    }
    return submitted.isPresent() && returned.isEmpty() ? CheckState.SUBMITTED : CheckState.OPEN;
  }

  /** @return the day of the last step taken, if any */
  public Optional<LocalDate> lastDay() {
    return reviewed.or(() -> returned.map(Remark::day)).or(() -> submitted);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("submitted", submitted).put("returned", returned).put("reviewed", reviewed)
        .build();
  }
}
