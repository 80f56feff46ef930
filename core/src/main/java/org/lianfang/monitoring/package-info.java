/**
 * Monitoring and warnings (S-9, S-10, P-8): the {@link org.lianfang.monitoring.Notification} the library hands to a
 * host's {@code NotificationSender}, and the working time that deadlines are counted in ({@link
 * org.lianfang.monitoring.WorkingTime} on a {@link org.lianfang.monitoring.WorkingCalendar}, P-19, P-20). Warnings,
 * reports, e-supervision and monthly checks arrive with issue 12 and later.
 *
 * <p>Immutable and thread-safe. No method accepts or returns {@code null}.
 */
package org.lianfang.monitoring;
