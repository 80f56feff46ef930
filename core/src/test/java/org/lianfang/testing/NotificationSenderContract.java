package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Notification;
import org.lianfang.spi.NotificationSender;

/**
 * The contract of {@link NotificationSender}: what is sent arrives as sent, in any script, and a key sent twice
 * arrives once. Extend it with a sender and a way to read what reached the recipients.
 */
public abstract class NotificationSenderContract {
  /** @return the sender under test, fresh for each test */
  protected abstract NotificationSender sender();

  /** @return what has reached recipients so far, in order */
  protected abstract List<Notification> delivered();

  private static Notification aNotification(String key, String body) {
    return new Notification(key, new UnitId(UUID.randomUUID()), "zhang@example.gov.cn", "notice.ending",
        "risk-point/" + key, "公示期即将结束", "The notice period ends soon", body, "The notice period ends on 2010-09-27",
        Instant.parse("2010-09-26T01:00:00Z"));
  }

  @Test
  public void deliversTextAsSent() {
    Notification n = aNotification("k-1", "风险点“利用审批权收受好处”公示期将于 2010-09-27 结束 😀 𠮷 '\"\\");
    sender().send(n);
    assertEquals(List.of(n), delivered());
  }

  @Test
  public void aKeySentTwiceArrivesOnce() {
    Notification n = aNotification("k-2", "重复发送");
    sender().send(n);
    sender().send(n);
    assertEquals(List.of(n), delivered());
  }

  @Test
  public void refusesNull() {
    assertThrows(NullPointerException.class, () -> sender().send(null));
  }
}
