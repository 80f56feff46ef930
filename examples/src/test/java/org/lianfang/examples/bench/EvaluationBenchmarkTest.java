package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;

/**
 * The evaluation benchmark scores what it claims at a small scale: every unit of the city scored, the scorecards
 * counting every monthly check loaded as submitted (P-22, P-24), the raw path reading at least every check and more
 * beside, and the summary line has its form. No timing is asserted; the figures come from running the benchmark.
 */
class EvaluationBenchmarkTest {
  @Test
  void p24_everyUnitIsScoredCountingEveryCheckAndTheSummaryHasItsForm() throws Exception {
    City city = City.of(2010, Scale.SMALL);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    EvaluationBenchmark.Result r = EvaluationBenchmark.run(city, 1, new PrintStream(printed, true,
        StandardCharsets.UTF_8));

    assertEquals(city.unitCount(), r.adapter().count());
    assertTrue(r.checks() > 0, "the year's checks were loaded");
    assertEquals(r.checks(), r.adapter().checks(), "the scorecards count every check loaded");
    assertTrue(r.raw().count() > r.checks() + city.totals().riskPoints(), r.raw().toString());
    assertTrue(r.ratio() > 0, "a ratio of two times");

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    String last = lines.get(lines.size() - 1);
    assertEquals(r.summary(), last);
    assertTrue(last.matches("eval-bench city=\\d+\\.\\d\\d"), last);
  }
}
