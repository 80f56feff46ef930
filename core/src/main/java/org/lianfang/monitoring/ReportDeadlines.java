package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A report's deadlines in working days (P-19, the 2020 rules on 检举控告): it is forwarded to the body that handles it
 * within 5 working days of receipt; a real-name reporter is told of its acceptance within 15 working days of receipt,
 * and of the result within 15 working days of its close. Counted on the working calendar. Immutable and thread-safe.
 *
 * @param time the working calendar and hours
 * @param forward working days to forward it
 * @param acceptanceNotice working days to tell a real-name reporter it was accepted
 * @param resultNotice working days after the close to tell a real-name reporter the result
 */
public record ReportDeadlines(WorkingTime time, int forward, int acceptanceNotice, int resultNotice) {
  /**
   * @throws NullPointerException if the time is null
   * @throws IllegalArgumentException if a number of days is below one
   */
  public ReportDeadlines {
    Objects.requireNonNull(time, "time");
    checkArgument(forward >= 1 && acceptanceNotice >= 1 && resultNotice >= 1,
        "report deadlines are one working day or more: %s, %s, %s", forward, acceptanceNotice, resultNotice);
  }

  /**
   * @param time the working calendar and hours
   * @return the 2020 rules' numbers: 5, 15 and 15 working days
   */
  public static ReportDeadlines standard(WorkingTime time) {
    return new ReportDeadlines(time, 5, 15, 15);
  }

  /** @param received the day it was received @return the last day to forward it */
  public LocalDate forwardBy(LocalDate received) {
    return time.plusWorkingDays(received, forward);
  }

  /** @param received the day it was received @return the last day to tell a real-name reporter it was accepted */
  public LocalDate acceptanceNoticeBy(LocalDate received) {
    return time.plusWorkingDays(received, acceptanceNotice);
  }

  /** @param closed the day it was closed @return the last day to tell a real-name reporter the result */
  public LocalDate resultNoticeBy(LocalDate closed) {
    return time.plusWorkingDays(closed, resultNotice);
  }
}
