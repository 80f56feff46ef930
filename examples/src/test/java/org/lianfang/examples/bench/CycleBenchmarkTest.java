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
 * The cycle benchmark does what it claims at a small scale: every unit's 2010 closed, its register freezing every
 * point the unit holds (S-13, S-16), the rollout opening 2011 for every unit (S-1), each raw copy inserting the same
 * points, and the summary line has its form. No timing is asserted; the figures come from running the benchmark.
 */
class CycleBenchmarkTest {
  @Test
  void s1_s13_everyUnitClosesFreezingEveryPointAndTheCityOpensTheNextYear() throws Exception {
    City city = City.of(2010, Scale.SMALL);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CycleBenchmark.Result r = CycleBenchmark.run(city, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(city.unitCount(), r.closed());
    assertEquals(city.unitCount(), r.opened(), "2011 opened for every unit");
    assertEquals(city.totals().riskPoints(), r.frozenPoints(), "every point of every unit frozen, retired ones too");
    assertEquals(r.frozenPoints(), r.rawPoints(), "the raw copy inserts the same points");
    assertEquals(2, r.raw().size());
    assertTrue(r.ratio() > 0, "a ratio of two times");

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    String last = lines.get(lines.size() - 1);
    assertEquals(r.summary(), last);
    assertTrue(last.matches("cycle-bench open=\\d+\\.\\d\\d"), last);
  }
}
