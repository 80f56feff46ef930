package org.lianfang.examples.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Notification;

/** Two dispatchers racing with one key leave one row in the OA's inbox: its primary key decides, not a read first. */
class OaInboxSenderRaceTest {
  @Test
  void twoDispatchersRacingWithOneKeyLeaveOneRow() throws Exception {
    JdbcDataSource oa = new JdbcDataSource();
    oa.setURL("jdbc:h2:mem:oa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    OaInboxSender.install(oa);
    OaInboxSender sender = new OaInboxSender(oa);
    Notification n = new Notification("warning/1/issued", new UnitId(UUID.randomUUID()), "unit-leaders:5301",
        "warning.issued", "warning/1", "预警通知书已发出", "A warning was issued", "请于 5 个工作日内回复", "Reply within 5 "
        + "working days", Instant.parse("2010-11-02T02:00:00Z"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> sends = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        sends.add(pool.submit(() -> sender.send(n)));
      }
      for (Future<?> f : sends) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(List.of(n), sender.inbox());
  }
}
