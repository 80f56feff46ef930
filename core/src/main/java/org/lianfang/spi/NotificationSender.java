package org.lianfang.spi;

import org.lianfang.monitoring.Notification;

/**
 * Delivers a notification to a person through the host's channels (SMS, OA message, e-mail). Named so, not
 * {@code notify}, to avoid {@code Object.notify} (STYLE.md).
 *
 * <p>Contract: returns normally once the notification is handed over, or throws to ask for a retry later. Delivery is
 * at least once, so a sender receives the same {@link Notification#idempotencyKey()} again after a failure and must
 * deliver it only once. Text arrives as given, in any script. Thread-safe.
 */
public interface NotificationSender {
  /** @param notification what to deliver */
  void send(Notification notification);
}
