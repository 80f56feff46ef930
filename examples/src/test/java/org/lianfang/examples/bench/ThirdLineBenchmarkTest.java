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
 * dispatcher and the raw loop each take every notification, the tick's signal path and its hand-written counterpart
 * each record every due case's signal with the same rows written, and the summary lines have their form. No timing is
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
    assertEquals(2_000 / 60, r.signal().lianfang().count(), "every due case raised its PROMPT once");
    assertEquals(2_000 / 60, r.signal().handWritten().count());
    assertTrue(r.tickLine().matches("tick-bench tick=\\d+\\.\\d\\d select=\\d+\\.\\d\\d idle=\\d+\\.\\d\\d "
        + "signal=\\d+\\.\\d\\d"), r.tickLine());
    assertTrue(r.outboxLine().matches("outbox-bench dispatch=\\d+\\.\\d\\d"), r.outboxLine());
  }
}
