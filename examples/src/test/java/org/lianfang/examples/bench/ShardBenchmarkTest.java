package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.jdbc.testing.ShardedPostgres;

/**
 * The shard benchmark measures what it says (issue 16), at a small scale: the city loaded into the cluster and into
 * one server leaves the same rows, all of the city's, and every count of writers gets commands through on both (no
 * timing is asserted; the figures come from running the benchmark).
 */
class ShardBenchmarkTest {
  @Test
  void theClusterAndTheOneServerLoadTheSameCityAndTakeCommandsFromEveryCountOfWriters() throws Exception {
    JdbcBenchmark.Generated city = JdbcBenchmark.Generated.of(City.of(2010, Scale.SMALL));
    try (ShardedPostgres.Cluster cluster = ShardedPostgres.pooled(10)) {
      ShardBenchmark.Target sharded = new ShardBenchmark.Target("cluster", () -> {
        cluster.empty();
        return cluster.dataSource();
      });
      ShardBenchmark.Target one = new ShardBenchmark.Target("one server", ShardBenchmark::installed);

      ShardBenchmark.Load[] loads = ShardBenchmark.loads(city, sharded, one, 1);
      List<Map<Integer, Double>> commands = ShardBenchmark.commands(sharded, one, 1, System.out);

      assertEquals(loads[0].rows(), loads[1].rows());
      assertEquals(city.city().totals().riskPoints(), (long) loads[0].rows().get("lf_risk_point"));
      assertEquals(city.city().totals().journalEntries(), (long) loads[0].rows().get("lf_journal"));
      for (Map<Integer, Double> perSecond : commands) {
        assertEquals(ShardBenchmark.WRITERS, List.copyOf(perSecond.keySet()));
        perSecond.forEach((writers, rate) -> assertTrue(rate > 0, writers + " writers: " + rate));
      }
    }
  }
}
