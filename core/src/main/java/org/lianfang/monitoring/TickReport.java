package org.lianfang.monitoring;

/**
 * What one tick did (ARCHITECTURE.md decision 5). Immutable and thread-safe.
 *
 * @param deadlines deadlines whose alert had come
 * @param reminders of those, deadlines reminded of before their last day
 * @param overdue of those, deadlines found overdue
 * @param signals of those, cases under electronic supervision whose signal rose (P-20); each signal's record raises its
 *     own notifications
 * @param notifications the reminders' and overdue notices' notifications written to the outbox
 */
public record TickReport(int deadlines, int reminders, int overdue, int signals, int notifications) {
  /** Nothing done. */
  public static final TickReport NONE = new TickReport(0, 0, 0, 0, 0);

  /** @param other another batch @return both added up */
  public TickReport plus(TickReport other) {
    return new TickReport(deadlines + other.deadlines, reminders + other.reminders, overdue + other.overdue,
        signals + other.signals, notifications + other.notifications);
  }
}
