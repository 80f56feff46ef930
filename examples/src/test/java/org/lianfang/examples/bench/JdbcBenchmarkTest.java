package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;

/**
 * The benchmark's baseline is honest: at a small scale, the raw loader and the adapter leave identical content in every
 * table (no timing is asserted; the figures come from running the benchmark).
 */
class JdbcBenchmarkTest {
  @Test
  void rawAndAdapterWriteTheSameContent() throws Exception {
    City city = City.of(2010, Scale.SMALL);
    JdbcBenchmark.Target h2 = JdbcBenchmark.targets().get(0);
    JdbcBenchmark.Comparison c = JdbcBenchmark.compare(JdbcBenchmark.Generated.of(city), h2, 1);
    assertTrue(c.sameContent());
    assertEquals(c.adapter().digests(), c.raw().digests());
    assertEquals(city.totals().riskPoints(), Long.parseLong(c.adapter().digests().get("lf_risk_point").split(":")[0]));
    assertEquals(city.totals().controlMeasures(),
        Long.parseLong(c.adapter().digests().get("lf_control_measure").split(":")[0]));
  }
}
