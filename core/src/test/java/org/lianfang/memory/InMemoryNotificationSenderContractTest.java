package org.lianfang.memory;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.lianfang.monitoring.Notification;
import org.lianfang.spi.NotificationSender;
import org.lianfang.testing.NotificationSenderContract;

class InMemoryNotificationSenderContractTest extends NotificationSenderContract {
  private InMemoryNotificationSender sender;

  @BeforeEach
  void fresh() {
    sender = new InMemoryNotificationSender();
  }

  @Override
  protected NotificationSender sender() {
    return sender;
  }

  @Override
  protected List<Notification> delivered() {
    return sender.delivered();
  }
}
