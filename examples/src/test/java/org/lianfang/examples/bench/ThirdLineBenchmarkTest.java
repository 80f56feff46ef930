package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The third line's benchmark measures what it claims at a small scale: the tick, the raw select and the hand-written
 * tick find the same deadlines, some but not all of the open items (a tick reads what is due, not the city), the
 * dispatcher and the raw loop each take every notification, and the summary lines have their form. No timing is
 * asserted; the figures come from running the benchmark.
 */
class ThirdLineBenchmarkTest {
  @Test
  void d4_d5_theWaysFindTheSameDeadlinesAndDeliverEveryNotificationAndTheLinesHaveTheirForm() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ThirdLineBenchmark.Result r = ThirdLineBenchmark.run(2_000, 500, 1,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertEquals(r.tick().count(), r.select().count());
    assertEquals(r.tick().count(), r.handWritten().count());
    assertTrue(r.tick().count() > 0 && r.tick().count() < 2_000 / 10, "a morning's deadlines: " + r.tick());
    assertEquals(500, r.dispatch().count());
    assertEquals(500, r.rawLoop().count());
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(r.tickLine(), lines.get(lines.size() - 2));
    assertEquals(r.outboxLine(), lines.get(lines.size() - 1));
    assertTrue(r.tickLine().matches("tick-bench tick=\\d+\\.\\d\\d select=\\d+\\.\\d\\d idle=\\d+\\.\\d\\d"),
        r.tickLine());
    assertTrue(r.outboxLine().matches("outbox-bench dispatch=\\d+\\.\\d\\d"), r.outboxLine());
  }
}
