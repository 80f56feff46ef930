package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lianfang.examples.bench.CommandBenchmark.Command;
import org.lianfang.examples.bench.CommandBenchmark.Comparison;
import org.lianfang.examples.bench.CommandBenchmark.Content;
import org.lianfang.examples.bench.CommandBenchmark.PerCommand;
import org.lianfang.examples.bench.CommandBenchmark.Size;
import org.lianfang.examples.bench.CommandBenchmark.Target;
import org.lianfang.examples.bench.CommandBenchmark.Variant;
import org.lianfang.ledger.Verification;

/**
 * The command benchmark's baselines are honest: at the small size, one round on H2 and on PostgreSQL, the hand-written
 * JDBC, Hibernate/JPA and Lianfang leave the same records — every point identified on the post with its owners and graded, the same
 * sources and fired rules, the same journal events with a chain Lianfang verifies, points the adapter reads back — and
 * the hand-written and Hibernate/JPA commands issue the statements their Javadocs list. No timing is asserted; the figures come from
 * running the benchmark.
 */
class CommandBenchmarkTest {
  /** The bureau's own journal entries before the first command: its registration, post, three officials, power item. */
  private static final int SETUP_ENTRIES = 6;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void allVariantsWriteTheSameRecordsAndAnIntactChain(String database) throws Exception {
    Target target = CommandBenchmark.targets().stream().filter(t -> t.name().equals(database)).findFirst()
        .orElseThrow();
    Size size = Size.SMALL;
    Comparison c = CommandBenchmark.compare(target, size, 1, new PrintStream(PrintStream.nullOutputStream()));

    Content lianfang = c.runs(Variant.LIANFANG).get(0).content();
    Content handWritten = c.runs(Variant.HAND_WRITTEN).get(0).content();
    assertEquals(lianfang, handWritten, "the same records after Lianfang and the hand-written JDBC");
    assertEquals(lianfang, c.runs(Variant.JPA).get(0).content(), "the same records after Lianfang and Hibernate/JPA");
    long points = size.warmUp() + size.timed();
    assertEquals(points, lianfang.rows().get("lf_risk_point"));
    assertEquals(points, lianfang.onPostWithOwners());
    assertEquals(2 * points, lianfang.rows().get("lf_risk_source"), "two sources per identification");
    assertTrue(lianfang.rows().get("lf_risk_rule") >= points, "every grade names at least the rule it applied");
    assertEquals(points, lianfang.events().get("risk.identified"));
    assertEquals(points, lianfang.events().get("risk.graded"));
    assertEquals(new Verification.Intact(SETUP_ENTRIES + 2 * points), handWritten.verification());
    assertEquals(List.of(), handWritten.records().findings(), "every record agrees with its journal's digest");
    assertEquals(SETUP_ENTRIES + points, handWritten.records().records());
    assertEquals(points, handWritten.readBack());
    assertEquals(points, handWritten.readBackGraded());
    assertEquals(2 * points, handWritten.readBackVersions(), "version 1 when identified, 2 once graded");

    Map<Command, PerCommand> hand = c.counts().get(Variant.HAND_WRITTEN);
    assertEquals(new PerCommand(5, 5, 0, 1), hand.get(Command.IDENTIFY));
    assertEquals(new PerCommand(7, 7, 0, 1), hand.get(Command.GRADE));
    Map<Command, PerCommand> jpa = c.counts().get(Variant.JPA);
    assertEquals(5, jpa.get(Command.IDENTIFY).executed(), "head, point, sources (a batch), journal, head: " + jpa);
    assertEquals(8, jpa.get(Command.GRADE).executed(),
        "point, its lists, head, facts, point, rules, journal, head: " + jpa);
    assertEquals(0, jpa.get(Command.IDENTIFY).savepoints() + jpa.get(Command.GRADE).savepoints(), jpa.toString());
    assertEquals(1, jpa.get(Command.IDENTIFY).commits(), jpa.toString());
    assertEquals(1, jpa.get(Command.GRADE).commits(), jpa.toString());
    for (PerCommand lf : c.counts().get(Variant.LIANFANG).values()) {
      assertEquals(1, lf.commits(), "one transaction per command: " + lf);
      // identification on PostgreSQL: the number taken with the head's lock, then the writes in one round trip
      assertTrue(lf.executed() >= 2, "Lianfang's statements are counted (a read and the writes at least): " + lf);
    }
    for (Command cmd : Command.values()) {
      assertEquals(size.timed(), c.runs(Variant.LIANFANG).get(0).of(cmd).commands());
      assertTrue(c.ratio(cmd, Variant.HAND_WRITTEN) > 0, cmd + ": a ratio of two rates");
      assertTrue(c.ratio(cmd, Variant.JPA) > 0, cmd + ": a ratio of two rates");
    }

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CommandBenchmark.report(database, c, size, new PrintStream(printed, true, StandardCharsets.UTF_8));
    String report = printed.toString(StandardCharsets.UTF_8);
    assertEquals(2 * (1 + Variant.values().length) + 1, report.lines().count(), report);
    assertTrue(report.lines().anyMatch(l -> l.contains(" identify ") && l.contains(" ratio ")), report);
    assertTrue(report.lines().anyMatch(l -> l.contains(" grade ") && l.contains(" ratio ")), report);
    assertTrue(CommandBenchmark.summary("command-bench", Map.of(database, c.lowerRatio(Variant.HAND_WRITTEN)))
        .matches("command-bench " + database + "=\\d+\\.\\d\\d"));
  }

  @Test
  void theLastLineNamesEachDatabaseWithTwoDecimals() {
    Map<String, Double> ratios = new LinkedHashMap<>();
    ratios.put("h2", 0.7412);
    ratios.put("postgresql", 0.7);
    assertEquals("command-bench h2=0.74 postgresql=0.70", CommandBenchmark.summary("command-bench", ratios));
  }
}
