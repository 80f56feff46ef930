package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;

/**
 * The JSON benchmark's baseline is honest: at a small scale the raw codec writes the adapter's bytes exactly, both
 * imports give back the generated records and the same digest, and the summary line has its form. No timing is
 * asserted; the figures come from running the benchmark.
 */
class JsonBenchmarkTest {
  @Test
  void rawAndAdapterWriteTheSameBytesAndReadTheSameContent(@TempDir Path dir) throws Exception {
    City city = City.of(2010, Scale.SMALL);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    JsonBenchmark.Result r = JsonBenchmark.run(city, 1, dir, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(r.adapterDigest(), r.rawDigest());
    long records = city.totals().units() + city.totals().posts() + city.totals().officials()
        + city.totals().tenures() + city.totals().powerItems() + city.totals().riskPoints()
        + city.totals().controlMeasures();
    assertTrue(r.adapterDigest().startsWith(records + "+" + city.totals().journalEntries() + ":"), r.adapterDigest());
    for (JsonBenchmark.Measure m : List.of(r.exportAdapter(), r.exportRaw(), r.importAdapter(), r.importRaw())) {
      assertEquals(records + city.totals().journalEntries(), m.records());
      assertEquals(r.bytes(), m.bytes());
    }
    assertTrue(Files.notExists(dir.resolve("ledger.json")), "the document is deleted after the run");

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    String last = lines.get(lines.size() - 1);
    assertEquals(r.summary(), last);
    assertTrue(last.matches("json-bench export=\\d+\\.\\d\\d import=\\d+\\.\\d\\d maxHeapMB=\\d+"), last);
    assertTrue(lines.stream().anyMatch(l -> l.contains("byte-identical: yes")), lines::toString);
  }
}
