package org.lianfang.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.jdbc.testing.DriverManagerDataSource;
import org.lianfang.testing.Copies;
import org.lianfang.testing.WarningScenarios;
import org.lianfang.testing.World;

/**
 * Run in a child JVM by {@link DispatcherCrashTest}: builds the test world on the database it is given, issues
 * warnings (each committed with its notifications), then dispatches with a sender that logs each key it is handed
 * (forced to disk) and halts the JVM after a few sends, before the round deletes what it delivered: as if the power
 * went in the middle of a dispatch.
 */
public final class HaltingDispatcher {
  private HaltingDispatcher() {}

  /**
   * @param args the JDBC URL, the file sends are logged to, how many warnings to issue, after how many sends to halt,
   *     then the connection properties as {@code key=value}
   * @throws IOException if the log cannot be written
   */
  public static void main(String[] args) throws IOException {
    Properties p = new Properties();
    for (int i = 4; i < args.length; i++) {
      p.setProperty(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
    }
    Path log = Path.of(args[1]);
    int warnings = Integer.parseInt(args[2]);
    int haltAfter = Integer.parseInt(args[3]);
    World w = World.in(JdbcStore.of(new DriverManagerDataSource(args[0], p)));
    var point = w.reviewedAndGraded(w.aPointOnApprover().build());
    var reminder = WarningScenarios.reminder(w, point, WarningScenarios.disciplineLeader(w));
    for (int i = 0; i < warnings; i++) {
      w.lianfang.monitoring().issueWarning(w.inspector, Copies.with(reminder, "number", "昆纪预〔2010〕" + i + "号"))
          .orElseThrow();
    }
    AtomicInteger sent = new AtomicInteger();
    try (Dispatcher d = w.lianfang.dispatcher(n -> {
      try {
        Files.writeString(log, n.idempotencyKey() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND, StandardOpenOption.SYNC);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (sent.incrementAndGet() == haltAfter) {
        Runtime.getRuntime().halt(0); // no close, no shutdown hooks: as if the power went
      }
    })) {
      d.drain(100);
    }
    Runtime.getRuntime().halt(3); // never reached: the sender halts first
  }
}
