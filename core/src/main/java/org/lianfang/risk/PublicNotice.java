package org.lianfang.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A risk point's publication (公示, S-5, S-6, P-5): to whom, within which scope, for which half-open period
 * {@code [start, end)}, and the comments received. Immutable and thread-safe.
 *
 * @param audience to whom it is shown: the queries show it to no one else (issue 10, finding 11)
 * @param scope where it is published, in the unit's words (e.g. 局机关内网及公示栏)
 * @param start the first day of the notice
 * @param end the first day after the notice
 * @param comments what was received, in order
 */
public record PublicNotice(
    NoticeAudience audience, String scope, LocalDate start, LocalDate end, List<NoticeComment> comments) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the period is empty
   */
  public PublicNotice {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    checkArgument(end.isAfter(start), "notice period [%s, %s) is empty", start, end);
    comments = List.copyOf(comments);
  }

  /** @param day a day @return whether the notice runs on that day */
  public boolean runsOn(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end);
  }

  /** @param comment a new comment @return a copy with it appended */
  public PublicNotice withComment(NoticeComment comment) {
    List<NoticeComment> all = new ArrayList<>(comments);
    all.add(comment);
    return new PublicNotice(audience, scope, start, end, all);
  }
}
