package org.lianfang.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.Totals;
import org.lianfang.risk.ReviewState;

/**
 * The province benchmark measures what it says (issue 16), at a small scale and in chunks of a few units, so that the
 * import is fed across several chunk boundaries: both loads leave the same rows, all of the city's; the report covers
 * every confirmed and stale point; the three ticks find the same deadlines. No timing is asserted; the figures come
 * from running the benchmark.
 */
class ProvinceBenchmarkTest {
  @Test
  void theProvinceIsTenCities() {
    Totals city = City.of(2010, Scale.CITY).totals();
    Totals province = City.of(2010, Scale.PROVINCE).totals();

    assertEquals(10 * Scale.CITY.units(), City.of(2010, Scale.PROVINCE).unitCount());
    assertTrue(province.riskPoints() >= 9 * city.riskPoints(), province.riskPoints() + " points");
    assertTrue(province.journalEntries() >= 9 * city.journalEntries(), province.journalEntries() + " entries");
  }

  @Test
  void bothLoadsLeaveTheWholeCityAndTheReportAndTheTicksAgree() throws Exception {
    City city = City.of(2010, Scale.SMALL);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ProvinceBenchmark.Result r = ProvinceBenchmark.run(city, 7, 1,
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertEquals(r.raw().rows(), r.adapter().rows());
    assertEquals(r.raw().digests(), r.adapter().digests());
    assertEquals(city.unitCount(), (long) r.adapter().rows().get("lf_unit"));
    assertEquals(city.totals().riskPoints(), (long) r.adapter().rows().get("lf_risk_point"));
    assertEquals(city.totals().journalEntries(), (long) r.adapter().rows().get("lf_journal"));
    assertEquals(city.totals().riskPointsByState().get(ReviewState.CONFIRMED)
        + city.totals().riskPointsByState().get(ReviewState.STALE), r.report()[0].count());
    assertTrue(r.tick()[0].count() > 0, "deadlines due on the morning of the tick");
    assertEquals(r.tick()[2].count(), r.tick()[0].count());
    assertTrue(r.diskBytes() > 0);
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains(r.summary()));
  }
}
