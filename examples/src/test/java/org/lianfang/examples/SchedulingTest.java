package org.lianfang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lianfang.application.Lianfang;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.monitoring.Notification;
import org.lianfang.testing.WarningScenarios;
import org.lianfang.testing.World;

/** The README's scheduling snippet is {@link Scheduling}'s code, and run it delivers what a warning raised. */
class SchedulingTest {
  @Test
  void theReadmeShowsTheSchedulingCode() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/lianfang/examples/Scheduling.java"));
    String snippet = source.substring(source.indexOf("// scheduling:begin") + "// scheduling:begin".length(),
        source.indexOf("// scheduling:end")).stripIndent().strip();
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(snippet), "README.md must contain Scheduling's snippet verbatim:\n" + snippet);
  }

  @Test
  void d4_d5_runTheSnippetDeliversTheWarningsNotificationsAtOnce() throws Exception {
    World w = World.in(InMemoryStore.create());
    var point = w.reviewedAndGraded(w.aPointOnApprover().build());
    w.lianfang.monitoring().issueWarning(w.inspector, WarningScenarios.reminder(w, point,
        WarningScenarios.disciplineLeader(w))).orElseThrow();
    List<Notification> sent = new CopyOnWriteArrayList<>();
    Lianfang lianfang = w.lianfang;
    try (Scheduling.Running running = Scheduling.start(lianfang, sent::add)) {
      for (int i = 0; i < 200 && sent.size() < 2; i++) { // the first runs start at once; wait for them, at most 10 s
        TimeUnit.MILLISECONDS.sleep(50);
      }
    }
    assertEquals(2, sent.size(), "the official and the unit's leaders, dispatched by the first run");
    assertEquals(0, w.store.outbox().size());
  }
}
