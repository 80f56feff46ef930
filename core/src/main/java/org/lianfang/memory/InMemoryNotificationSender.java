package org.lianfang.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lianfang.monitoring.Notification;
import org.lianfang.spi.NotificationSender;

/**
 * A {@link NotificationSender} that keeps what it is sent, each idempotency key once: for prototypes that show
 * notifications on screen, and for tests. Thread-safe.
 */
public final class InMemoryNotificationSender implements NotificationSender {
  private final List<Notification> inbox = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  @Override
  public synchronized void send(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    if (keys.add(notification.idempotencyKey())) {
      inbox.add(notification);
    }
  }

  /** @return what was delivered, in order, each key once */
  public synchronized List<Notification> delivered() {
    return List.copyOf(inbox);
  }
}
