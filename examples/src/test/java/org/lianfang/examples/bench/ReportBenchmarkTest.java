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
import org.lianfang.examples.city.Totals;
import org.lianfang.risk.ReviewState;

/**
 * The report benchmark reads what it claims at a small scale: Form 3 of every unit lists the two measures of every
 * confirmed point (S-13, P-13), the coverage report holds every confirmed point and every stale one its measures
 * still control (P-14, P-3), the raw path reads at least as many rows, and the summary line has its form. No timing is
 * asserted; the figures come from running the benchmark.
 */
class ReportBenchmarkTest {
  @Test
  void p13_p14_bothReportsCoverTheCityAndTheSummaryHasItsForm() throws Exception {
    City city = City.of(2010, Scale.SMALL);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ReportBenchmark.Result r = ReportBenchmark.run(city, 1, new PrintStream(printed, true, StandardCharsets.UTF_8));

    Totals t = city.totals();
    long confirmed = t.riskPointsByState().get(ReviewState.CONFIRMED);
    assertEquals(2 * confirmed, r.form3Adapter().count());
    assertEquals(confirmed + t.riskPointsByState().get(ReviewState.STALE), r.coverageAdapter().count());
    // the raw path reads every measure row and every point row, and more beside them
    assertTrue(r.form3Raw().count() > t.controlMeasures() + t.riskPoints(), r.form3Raw().toString());
    assertTrue(r.coverageRaw().count() > t.controlMeasures() + t.riskPoints(), r.coverageRaw().toString());

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    String last = lines.get(lines.size() - 1);
    assertEquals(r.summary(), last);
    assertTrue(last.matches("report-bench form3=\\d+\\.\\d\\d coverage=\\d+\\.\\d\\d"), last);
  }
}
