/**
 * Monitoring and warnings (S-9, S-10, P-8): the {@link org.lianfang.monitoring.Notification} the library hands to a
 * host's {@code NotificationSender}. Warnings and monthly checks arrive with later issues.
 *
 * <p>Immutable and thread-safe. No method accepts or returns {@code null}.
 */
package org.lianfang.monitoring;
