package org.lianfang.examples.adapter;

import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.lianfang.monitoring.Notification;
import org.lianfang.spi.NotificationSender;
import org.lianfang.testing.NotificationSenderContract;

/**
 * The integrator's adapter proven as any adapter is (issue 15): {@link OaInboxSender} passes the contract of its port
 * from core's tests jar, on a real database (H2, a fresh one per test). The lines between the markers are the README's.
 */
// adapter-test:begin
class OaInboxSenderContractTest extends NotificationSenderContract {
  private OaInboxSender sender;

  @BeforeEach
  void freshInbox() {
    JdbcDataSource oa = new JdbcDataSource();
    oa.setURL("jdbc:h2:mem:oa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    OaInboxSender.install(oa);
    sender = new OaInboxSender(oa);
  }

  @Override
  protected NotificationSender sender() {
    return sender;
  }

  @Override
  protected List<Notification> delivered() {
    return sender.inbox();
  }
}
// adapter-test:end
