package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;

/**
 * The import benchmark's baseline is honest (issue 16): at a small scale, the document imported through the adapter
 * and through the raw reader and loader leaves identical content in every table of PostgreSQL, the whole city in it
 * (no timing is asserted; the figures come from running the benchmark).
 */
class ImportBenchmarkTest {
  @Test
  void theAdapterAndTheRawPathImportTheSameRows(@TempDir Path dir) throws Exception {
    City city = City.of(2010, Scale.SMALL);

    ImportBenchmark.Comparison c = ImportBenchmark.compare(city, dir, 1);

    assertEquals(c.adapter().run().digests(), c.raw().run().digests());
    assertEquals(city.totals().riskPoints(),
        Long.parseLong(c.adapter().run().digests().get("lf_risk_point").split(":")[0]));
    assertEquals(city.totals().journalEntries(),
        Long.parseLong(c.adapter().run().digests().get("lf_journal").split(":")[0]));
    assertEquals(city.unitCount(), Long.parseLong(c.raw().run().digests().get("lf_unit").split(":")[0]));
    try (var left = Files.list(dir)) {
      assertEquals(0, left.count(), "the documents are deleted after the run");
    }
  }
}
