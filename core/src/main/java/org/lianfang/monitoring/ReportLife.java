package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.risk.NoticeComment;

/**
 * Where a report is (P-19): forwarded and to whom, or accepted; when a real-name reporter was told of the acceptance;
 * the disposal; the close with its result; when a real-name reporter was told the result. The state is derived from
 * them, so it cannot disagree; each part needs the ones before it, and the days never go back. Immutable and
 * thread-safe.
 *
 * @param forwarded the day it was forwarded and the body it went to (转办), if it was
 * @param accepted the day it was accepted (受理), if it was
 * @param acceptanceTold the day a real-name reporter was told of the acceptance
 * @param disposal how it was disposed of
 * @param closed the day it was closed and its result (办结)
 * @param resultTold the day a real-name reporter was told the result (反馈)
 */
public record ReportLife(Optional<Remark> forwarded, Optional<LocalDate> accepted, Optional<LocalDate> acceptanceTold,
    Optional<ReportDisposal> disposal, Optional<Remark> closed, Optional<LocalDate> resultTold)
    implements Archivable {
  /** A report just received. */
  public static final ReportLife RECEIVED = new ReportLife(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is there without the ones it needs, or the days go back
   */
  public ReportLife {
    Objects.requireNonNull(forwarded, "forwarded");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(acceptanceTold, "acceptanceTold");
    Objects.requireNonNull(disposal, "disposal");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(resultTold, "resultTold");
    boolean fits = (forwarded.isEmpty() || accepted.isEmpty())
        && (acceptanceTold.isEmpty() || accepted.isPresent())
        && (disposal.isEmpty() || accepted.isPresent())
        && (closed.isEmpty() || disposal.isPresent())
        && (resultTold.isEmpty() || closed.isPresent());
    if (!fits) {
      throw new IllegalArgumentException("a report's parts come in order: accepted, disposed, closed, told");
    }
    List<LocalDate> days = new ArrayList<>();
    accepted.ifPresent(days::add);
    disposal.map(ReportDisposal::day).ifPresent(days::add);
    closed.map(Remark::day).ifPresent(days::add);
    resultTold.ifPresent(days::add);
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).isBefore(days.get(i - 1))) {
        throw new IllegalArgumentException("a report's steps never go back in time");
      }
    }
    if (acceptanceTold.isPresent() && acceptanceTold.get().isBefore(accepted.get())) {
      throw new IllegalArgumentException("a reporter is told of the acceptance on or after it");
    }
  }

  /** @return where it is */
  public ReportState state() {
    if (resultTold.isPresent()) {
      return ReportState.FED_BACK;
    }
    if (closed.isPresent()) {
      return ReportState.CLOSED;
    }
    if (disposal.isPresent()) {
      return ReportState.DISPOSED;
    }
    if (accepted.isPresent()) {
      return ReportState.ACCEPTED;
    }
    return forwarded.isPresent() ? ReportState.FORWARDED : ReportState.RECEIVED;
  }

  /** @return the day of the last step taken, if any */
  public Optional<LocalDate> lastDay() {
    return java.util.stream.Stream.of(forwarded.map(Remark::day), accepted, acceptanceTold,
        disposal.map(ReportDisposal::day), closed.map(Remark::day), resultTold)
        .flatMap(Optional::stream).max(LocalDate::compareTo);
  }

  /**
   * @return this life as readers without clearance see it: every text hidden, where it was forwarded, the disposal's
   *     note and the result, as any of them may tell what the report said (P-19)
   */
  ReportLife sealed() {
    return new ReportLife(forwarded.map(f -> new Remark(f.day(), NoticeComment.SEALED)), accepted, acceptanceTold,
        disposal.map(d -> new ReportDisposal(d.day(), d.way(), NoticeComment.SEALED)), closed.map(c -> new Remark(
            c.day(), NoticeComment.SEALED)), resultTold);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("forwarded", forwarded).put("accepted", accepted)
        .put("acceptanceTold", acceptanceTold).put("disposal", disposal).put("closed", closed)
        .put("resultTold", resultTold).build();
  }

  /** @return the state and the last day: never a text */
  @Override
  public String toString() {
    return "ReportLife[" + state().code() + lastDay().map(d -> " since " + d).orElse("") + "]";
  }
}
