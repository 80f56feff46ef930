package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * Where a rectification item is (P-21): begun, the latest submission with its evidence, why it was rejected (while
 * it is to be worked on again), the verification and the closing (销号). The state is derived from them, so it cannot
 * disagree; each part needs the ones before it, and the days never go back. Immutable and thread-safe.
 *
 * @param started the day work began, if it was recorded (an item may be submitted straight away)
 * @param submission the latest submission, once there is one
 * @param rejected why and when the latest submission was rejected (退回), while it is to be worked on again
 * @param verified the verification (验证): its day and what was found
 * @param closed the day it was closed (销号)
 */
public record RectificationLife(Optional<LocalDate> started, Optional<Remark> submission,
    Optional<Remark> rejected, Optional<Remark> verified, Optional<LocalDate> closed)
    implements Archivable {
  /** An item just opened. */
  public static final RectificationLife OPENED = new RectificationLife(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is there without the ones it needs, or the days go back
   */
  public RectificationLife {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(verified, "verified");
    Objects.requireNonNull(closed, "closed");
    boolean fits = (rejected.isEmpty() || submission.isPresent())
        && (verified.isEmpty() || submission.isPresent() && rejected.isEmpty())
        && (closed.isEmpty() || verified.isPresent());
    if (!fits) {
      throw new IllegalArgumentException("an item's parts come in order: submitted, verified, closed");
    }
    List<LocalDate> days = new ArrayList<>();
    started.ifPresent(days::add);
    submission.map(Remark::day).ifPresent(days::add);
    rejected.map(Remark::day).ifPresent(days::add);
    verified.map(Remark::day).ifPresent(days::add);
    closed.ifPresent(days::add);
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).isBefore(days.get(i - 1))) {
        throw new IllegalArgumentException("an item's steps never go back in time");
      }
    }
  }

  /** @return where it is */
  public RectificationState state() {
    if (closed.isPresent()) {
      return RectificationState.CLOSED;
    }
    if (verified.isPresent()) {
      return RectificationState.VERIFIED;
    }
    if (submission.isPresent() && rejected.isEmpty()) {
      return RectificationState.SUBMITTED;
    }
    return started.isPresent() || rejected.isPresent() ? RectificationState.IN_PROGRESS : RectificationState.OPEN;
  }

  /** @return the day of the first step taken, if any */
  public Optional<LocalDate> firstDay() {
    return started.or(() -> submission.map(Remark::day)).or(() -> rejected.map(Remark::day))
        .or(() -> verified.map(Remark::day)).or(() -> closed);
  }

  /** @return the day of the last step taken, if any */
  public Optional<LocalDate> lastDay() {
    return closed.or(() -> verified.map(Remark::day)).or(() -> rejected.map(Remark::day))
        .or(() -> submission.map(Remark::day)).or(() -> started);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("started", started).put("submission", submission).put("rejected", rejected)
        .put("verified", verified).put("closed", closed).build();
  }
}
