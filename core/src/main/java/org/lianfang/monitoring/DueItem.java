package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.lianfang.UnitId;

/**
 * A deadline the tick watches (ARCHITECTURE.md decision 5): one per record and kind of deadline, kept by the changes
 * that set, move or meet it, and indexed by the instant of its next alert, so that a tick reads only what is due then
 * and never every record of a city. It holds what its notifications say, so a tick reads nothing else. Immutable and
 * thread-safe.
 *
 * @param recordId the record whose deadline it is
 * @param what the deadline's code: {@code warning.reply}, {@code warning.verification}, {@code rectification},
 *     {@code report.forward}, {@code report.acceptance}, {@code report.result}, {@code measure.due},
 *     {@code notice.end}, {@code education.talk}, {@code case.signal}, {@code check.due},
 *     {@code self-check.due}
 * @param unitId the unit
 * @param link the record's link key ({@code warning/<id>})
 * @param due the last day
 * @param recipients whom to remind ({@link Recipients}), one or more
 * @param titleZh what the record is, in Chinese (the notice's number, the problem)
 * @param titleEn what the record is, in English
 * @param nextAlertAt when the tick next has something to say about it
 */
public record DueItem(UUID recordId, String what, UnitId unitId, String link, LocalDate due, List<String> recipients,
    String titleZh, String titleEn, Instant nextAlertAt) {
  /** Codes of the deadlines, one per kind. */
  public static final String WARNING_REPLY = "warning.reply";
  /** A warning's verification, once its reply is accepted. */
  public static final String WARNING_VERIFICATION = "warning.verification";
  /** A rectification item's last day. */
  public static final String RECTIFICATION = "rectification";
  /** The last day to forward or accept a report (P-19). */
  public static final String REPORT_FORWARD = "report.forward";
  /** The last day to tell a real-name reporter of the acceptance (P-19). */
  public static final String REPORT_ACCEPTANCE = "report.acceptance";
  /** The last day to tell a real-name reporter the result (P-19). */
  public static final String REPORT_RESULT = "report.result";
  /** A control measure's due date (完成时限, P-13): it is to be in force by then. */
  public static final String MEASURE_DUE = "measure.due";
  /** The last day of a risk point's public notice (公示, P-5): the unit confirms it after. */
  public static final String NOTICE_END = "notice.end";
  /** A new appointment's 任职廉政谈话, due within the education policy's days of the tenure's start (P-15). */
  public static final String APPOINTMENT_TALK = "education.talk";
  /**
   * The next signal of a case under electronic supervision (P-20): its alert is the instant the signal rises, its due
   * day that instant's day.
   */
  public static final String CASE_SIGNAL = "case.signal";
  /**
   * A post's monthly check (月查, P-22), keyed by the post: its due day is the last day of the month owed, its one alert
   * the day after, when a month without a submitted check is said to be missed; the deadline then comes back for the
   * next month.
   */
  public static final String CHECK_DUE = "check.due";
  /**
   * A unit's half-year self-check (P-23), keyed by the unit: due the policy's days after the half; reminded and said
   * overdue as any deadline, then back for the next half.
   */
  public static final String SELF_CHECK_DUE = "self-check.due";

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if no one is to be reminded
   */
  public DueItem {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(due, "due");
    recipients = List.copyOf(recipients);
    Objects.requireNonNull(titleZh, "titleZh");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(nextAlertAt, "nextAlertAt");
    checkArgument(!recipients.isEmpty(), "someone is reminded");
  }

  /** @param next the next alert @return this deadline, next alerting then */
  public DueItem alertingAt(Instant next) {
    return new DueItem(recordId, what, unitId, link, due, recipients, titleZh, titleEn, next);
  }
}
