package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.UnitId;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.ChecksGenerators;
import org.lianfang.testing.ControlGenerators;
import org.lianfang.testing.CycleGenerators;
import org.lianfang.testing.EvaluationGenerators;
import org.lianfang.testing.Generators;
import org.lianfang.testing.OrganizationGenerators;
import org.lianfang.testing.RiskGenerators;
import org.lianfang.testing.World;

/**
 * Issue 16: a city's reports read its units in set queries — each kind of record of a batch of units in a few
 * statements — not a query (or a few) per unit. Each report over the city's subtree is read twice, before and after
 * the city grows by several times its units (every new unit with records of every kind the reports read, its year's
 * register frozen), and takes the same number of statements both times: on each test database, and through
 * ShardingSphere, which sends each statement to the servers its units live on and merges what they return. A report
 * reads its units in batches of {@value org.lianfang.application.internal.Visibility#UNITS_PER_READ} (coverage: 20,
 * measured fastest in issue 11), so past a batch its statements grow by a few per batch; the subtrees here fit in
 * one.
 */
class CityReportStatementsTest {
  private static final Year YEAR = Year.of(2010);
  private static final Instant TICK = Instant.parse("2010-12-31T08:00:00Z");

  @ParameterizedTest
  @MethodSource("org.lianfang.jdbc.Stores#countedEverywhere")
  void s13_aCitysReportsTakeTheSameStatementsForFourTimesTheUnits(Supplier<StatementCounter> counted) {
    StatementCounter counter = counted.get();
    World w = World.in(JdbcStore.of(counter.dataSource()));
    w.lianfang.schedule().tick(TICK); // the deadlines the city's own commands left, found once: the tick then idles
    grow(w, 2);
    int before = w.lianfang.organization().queries().subtree(w.inspector, w.city).size();
    Map<String, Long> few = statements(w, counter);
    grow(w, 15);
    int after = w.lianfang.organization().queries().subtree(w.inspector, w.city).size();
    Map<String, Long> many = statements(w, counter);

    assertTrue(after >= 4 * before && after <= 20, before + " units, then " + after);
    few.forEach((report, n) -> assertTrue(n > 0, report + ": the counter sees its reads"));
    assertEquals(few, many, "statements of each report over " + before + " and " + after + " units");
  }

  /** Each city report over the city's subtree, and how many statements it took. */
  private static Map<String, Long> statements(World w, StatementCounter counter) {
    LocalDate asOf = LocalDate.of(2010, 12, 31);
    Map<String, Supplier<Object>> reports = new LinkedHashMap<>();
    reports.put("totals (Form 2)", () -> w.lianfang.risks().queries().totals(w.inspector, w.city));
    reports.put("heat map", () -> w.lianfang.risks().queries().heatMap(w.inspector, w.city));
    reports.put("coverage (Form 3)", () -> w.lianfang.control().queries().coverage(w.inspector, w.city));
    reports.put("education", () -> w.lianfang.control().queries().educationObligations(w.inspector, w.city, YEAR));
    reports.put("breach ladder", () -> w.lianfang.control().queries().breachLadder(w.inspector, w.city, YEAR));
    reports.put("provisional evaluation", () -> w.lianfang.evaluation().queries().provisional(w.inspector, w.city,
        YEAR, asOf));
    reports.put("evaluation results", () -> w.lianfang.evaluation().queries().results(w.inspector, w.city, YEAR));
    reports.put("year statistics", () -> w.lianfang.cycle().queries().statistics(w.inspector, w.city, YEAR));
    reports.put("cycle progress", () -> w.lianfang.cycle().queries().progress(w.inspector, w.city, YEAR));
    reports.put("the tick", () -> w.lianfang.schedule().tick(TICK));
    Map<String, Long> counted = new LinkedHashMap<>();
    reports.forEach((name, report) -> {
      StatementCounter.Counts start = counter.counts();
      report.get();
      counted.put(name, counter.counts().since(start).executed());
    });
    return counted;
  }

  /** Adds units below the city, each with records of every kind the reports read, and its 2010 register frozen. */
  private static void grow(World w, int units) {
    List<UnitId> added = new ArrayList<>();
    int known = w.lianfang.organization().queries().subtree(w.inspector, w.city).size();
    for (int i = 0; i < units; i++) {
      int n = known + i;
      added.add(w.lianfang.organization().registerUnit(w.inspector, new RegisterUnit("5301-X" + n,
          "第" + n + "区县 「测试」单位", UnitKind.DISTRICT_COUNTY, Optional.of(w.city))).orElseThrow());
    }
    var store = w.store;
    store.transactions().inTransaction(() -> {
      for (UnitId u : added) {
        store.posts().insertAll(Generators.draw(OrganizationGenerators.posts(u), 2));
        store.tenures().insertAll(Generators.draw(OrganizationGenerators.tenures(u), 2));
        store.powerItems().insertAll(Generators.draw(OrganizationGenerators.powerItems(u), 2));
        store.riskPoints().insertAll(Generators.draw(RiskGenerators.riskPoints(u), 3));
        store.controlMeasures().insertAll(Generators.draw(ControlGenerators.measures(u), 2));
        store.educationActivities().insertAll(Generators.draw(ControlGenerators.activities(u), 2));
        store.serviceCommitments().insertAll(Generators.draw(ControlGenerators.commitments(u), 2));
        store.annualCycles().insertAll(Generators.draw(CycleGenerators.annualCycles(u), 1));
        store.monthlyChecks().insertAll(Generators.draw(ChecksGenerators.monthlyChecks(u), 2));
        store.annualEvaluations().insertAll(Generators.draw(EvaluationGenerators.annualEvaluations(u), 1));
        store.registers().freeze(u, YEAR, LocalDate.of(2010, 12, 30));
      }
      return null;
    });
  }
}
