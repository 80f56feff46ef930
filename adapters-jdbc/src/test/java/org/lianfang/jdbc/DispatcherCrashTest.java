package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.jdbc.testing.DriverManagerDataSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.memory.InMemoryNotificationSender;
import org.lianfang.monitoring.Notification;
import org.lianfang.testing.World;

/**
 * ARCHITECTURE.md decision 4 against a crash, on every database: a child JVM commits warnings with their
 * notifications, begins to dispatch them and is halted after a few sends, before the round deletes them. After a
 * restart every notification is delivered: those never sent, and those sent before the crash again, with the same
 * idempotency key, so that a sender that delivers each key once (its contract) delivers each exactly once.
 */
class DispatcherCrashTest {
  private static final int WARNINGS = 15;
  private static final int HALT_AFTER = 7;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void d4_afterTheJvmIsHaltedMidDispatchEveryNotificationIsDeliveredOncePerKey(TestDatabases.Kind kind)
      throws Exception {
    DriverManagerDataSource ds = TestDatabases.shareable(kind);
    JdbcSchema.install(ds);
    Path log = Files.createTempFile("lianfang-sent", ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HaltingDispatcher.class.getName(), ds.url(), log.toString(),
        String.valueOf(WARNINGS), String.valueOf(HALT_AFTER)));
    ds.properties().forEach((k, v) -> command.add(k + "=" + v));
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(child.waitFor(3, TimeUnit.MINUTES), "the child finished");
    assertEquals(0, child.exitValue(), "halted by its sender, mid-dispatch");
    List<String> beforeCrash = Files.readAllLines(log);
    assertEquals(HALT_AFTER, beforeCrash.size());

    JdbcStore store = JdbcStore.of(ds);
    assertEquals(2 * WARNINGS, store.outbox().size(), "nothing deleted: the round never ended");
    Clock later = Clock.fixed(World.START.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()
        .plus(Duration.ofDays(1)), ZoneId.of("Asia/Shanghai")); // past every lease the child held
    Lianfang restarted = Lianfang.builder(store).clock(later).build();
    InMemoryNotificationSender inbox = new InMemoryNotificationSender();
    List<String> afterRestart = new ArrayList<>();
    try (Dispatcher d = restarted.dispatcher(n -> {
      afterRestart.add(n.idempotencyKey());
      inbox.send(n);
    })) {
      d.drain(100);
    }
    assertEquals(0, store.outbox().size(), "every row delivered and deleted");
    List<String> delivered = inbox.delivered().stream().map(Notification::idempotencyKey).toList();
    assertEquals(2 * WARNINGS, delivered.size());
    assertEquals(2 * WARNINGS, Set.copyOf(delivered).size(), "each key delivered once by the deduplicating sender");
    assertTrue(delivered.containsAll(beforeCrash), "what was sent before the crash came again with its key");
    Map<String, Integer> handed = new HashMap<>();
    beforeCrash.forEach(k -> handed.merge(k, 1, Integer::sum));
    afterRestart.forEach(k -> handed.merge(k, 1, Integer::sum));
    assertEquals(2 * WARNINGS, handed.size());
    assertTrue(handed.values().stream().allMatch(n -> n <= 2), "at most once before and once after the crash");
    Files.deleteIfExists(log);
  }
}
