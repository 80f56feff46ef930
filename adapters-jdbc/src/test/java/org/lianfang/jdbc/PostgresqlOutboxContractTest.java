package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.RoundOutcome;
import org.lianfang.spi.Store;
import org.lianfang.testing.OutboxContract;

/**
 * Core's outbox contract on a real Postgresql database, and what is PostgreSQL's own: a dispatcher's round holds its
 * rows by their locks, and the server's idle timeout is its lease ({@link JdbcOutbox#round}).
 */
class PostgresqlOutboxContractTest extends OutboxContract {
  @Override
  protected Store newStore() {
    return Stores.fresh(TestDatabases.Kind.POSTGRESQL);
  }

  /**
   * ARCHITECTURE.md decision 4, "a claim that dies with its instance is taken over after a lease expires": a round
   * that stalls in its sending for longer than its lease (one second, in real time: the timer is the server's) is
   * ended by the server; another claimant takes its rows, and the stalled round, when it wakes, deletes nothing.
   */
  @Test
  void d4_aRoundStalledLongerThanItsLeaseLosesItsRowsToTheServersIdleTimeout() throws Exception {
    Store store = Stores.fresh(TestDatabases.Kind.POSTGRESQL);
    Instant now = Instant.parse("2010-10-21T01:00:00Z");
    UnitId unit = new UnitId(UUID.fromString("0190a5e0-0000-7000-8000-0000000000ab"));
    List<OutboxMessage> rows = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      UUID id = UUID.randomUUID();
      rows.add(OutboxMessage.of(id, new Notification("key-" + id, unit, "official:" + i, "warning.issued",
          "warning/" + id, "预警通知书", "Warning notice", "请于七日内回复", "Reply within 7 days", now)));
    }
    store.transactions().inTransaction(() -> {
      store.outbox().add(rows);
      return null;
    });
    List<UUID> ids = rows.stream().map(OutboxMessage::id).toList();
    List<UUID> takenOver = new ArrayList<>();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      assertThrows(JdbcException.class, () -> store.outbox().round("stalled", now, Duration.ofSeconds(1), 10,
          claimed -> {
            try {
              Thread.sleep(2_500);
              takenOver.addAll(other.submit(() -> store.outbox().claim("next", now, Duration.ofMinutes(5), 10))
                  .get(30, TimeUnit.SECONDS).stream().map(OutboxMessage::id).toList());
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            return new RoundOutcome(claimed.stream().map(OutboxMessage::id).toList(), List.of());
          }));
    } finally {
      other.shutdownNow();
    }
    assertEquals(ids, takenOver, "free once the server ended the stalled round");
    assertEquals(3, store.outbox().size(), "the stalled round deleted nothing");
    for (UUID id : ids) {
      assertEquals(Optional.of("next"), store.outbox().find(id).orElseThrow().claimedBy());
    }
  }
}
