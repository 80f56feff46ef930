package org.lianfang.examples.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.control.ControlQueries;
import org.lianfang.application.ledger.ImportMode;
import org.lianfang.application.ledger.ImportResult;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.DriverManagerDataSource;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.risk.ReviewState;

/**
 * The province benchmark (issue 16): ten times the city — 15,000 units, 3 million risk points, 6 million measures —
 * on one PostgreSQL server, in one run: the load, the heaviest city report and the tick, each through Lianfang against
 * raw JDBC.
 *
 * <p>A province does not fit in memory as a city does (2.2 MB a unit, 33 GB): it is generated {@value #CHUNK} units at
 * a time, and the clock stops while a chunk is generated. No write goes on meanwhile: the raw loader writes in line,
 * and the import's writing thread (a restore in steps commits on a thread of its own, a few units behind, issue 11) is
 * waited for — the units committed counted until they are all the units handed over — before the clock stops.
 * <ul>
 *   <li><b>Load</b>: the province inserted unit by unit with raw JDBC batches, a transaction a unit
 *       ({@link RawJdbcLoader}), into a fresh database; then, that database dropped for its disk, restored through the
 *       import command in steps ({@link ImportMode#RESTORE_IN_STEPS}, as {@link JdbcBenchmark#restore} does) into
 *       another. Each path warms up first on a city of 100 units. Both must leave the same rows in every table and
 *       the same units and journal heads (each head is its unit's chain's last hash: the same heads are the same
 *       journals). {@code load=} is the adapter's rows per second ÷ the raw loader's.
 *   <li><b>Report</b>: the coverage report (P-14) of the whole province, the city report that reads the most — every
 *       point and measure of every unit — through Lianfang, against one raw select per table of the rows it is made
 *       from ({@link ReportBenchmark#rawCoverage}), on the restored database; a warm-up, then {@code rounds} rounds
 *       alternating; medians. {@code report=} is Lianfang's time ÷ the raw time.
 *   <li><b>Tick</b>: ten times the city's open items of the tick benchmark (warnings and rectification items, and
 *       running cases) spread over the province's units, written into the restored database; then the morning's
 *       tick through Lianfang against the hand-written tick ({@link ThirdLineBenchmark#ticks}). {@code tick=} is
 *       Lianfang's time ÷ the hand-written tick's.
 * </ul>
 * Prints each figure, the restored database's size on disk ({@code pg_database_size}) and the heap's peak during the
 * restore (the heap pools' peaks summed: an upper bound), and last {@code province-bench load=… report=… tick=…}.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx12g mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.ProvinceBenchmark -Dexec.args="province 3"} (scale: {@code province},
 * {@code small} or a number of units; the report's and the tick's rounds). About 34 GB of disk for the province, and
 * an hour on two cores.
 */
public final class ProvinceBenchmark {
  /** Units generated at a time: about 650 MB of records. */
  static final int CHUNK = 300;
  /** The tick benchmark's open items for the city's 1,500 units, as many a unit here. */
  static final int ITEMS_PER_UNIT = 120_000 / Scale.CITY.units();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final List<String> TABLES = List.of("lf_unit", "lf_post", "lf_official", "lf_tenure",
      "lf_power_item", "lf_power_item_post", "lf_risk_point", "lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment", "lf_risk_custom", "lf_control_measure", "lf_control_measure_point", "lf_control_evidence",
      "lf_journal", "lf_journal_head");
  /** Digested whole, server side: every unit, and every chain's last hash. */
  private static final List<String> DIGESTED = List.of("lf_unit", "lf_journal_head");

  private ProvinceBenchmark() {}

  /**
   * What a load took and left.
   *
   * @param nanos the time it took, generation not counted
   * @param rows per table, its rows
   * @param digests per table of {@link #DIGESTED}, a digest of its rows in key order
   */
  record Load(long nanos, Map<String, Long> rows, Map<String, String> digests) {
    long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    double rowsPerSecond() {
      return total() / (nanos / 1e9);
    }
  }

  /**
   * The run's figures.
   *
   * @param raw the raw load
   * @param adapter the restore
   * @param report Lianfang's coverage report, then the raw selects (medians)
   * @param tick Lianfang's tick, the raw select of the due rows, the hand-written tick (medians)
   * @param diskBytes the restored database's size after the load
   * @param summary the last line printed
   */
  record Result(Load raw, Load adapter, ReportBenchmark.Timed[] report, ThirdLineBenchmark.Timed[] tick,
      long diskBytes, String summary) {}

  /** @param args the scale ({@code province}, {@code small} or a number of units), the rounds (default 3) */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "province" : args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    run(City.of(2010, scale), CHUNK, rounds, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.exit(0);
  }

  /**
   * Loads the province both ways, then reads its report and ticks, printing each figure.
   *
   * @param province the province (a city of its size)
   * @param chunk units generated at a time
   * @param rounds the report's and the tick's measured rounds
   * @param out where the figures go
   * @return the figures
   */
  static Result run(City province, int chunk, int rounds, PrintStream out) throws SQLException {
    out.printf(Locale.ROOT, "JVM %s, max heap %d MiB, %d processors%n", System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    out.println("province: " + province.totals().toText().replace('\n', ' ').trim());
    Scale scale = province.scale();
    if (scale.units() > 100) {
      City warm = City.of(province.seed(), scale.withUnits(100));
      dropped(fresh(), db -> rawLoad(warm, db, chunk));
      dropped(fresh(), db -> restore(warm, db, chunk));
    }
    Load raw = dropped(fresh(), db -> rawLoad(province, db, chunk));
    out.printf(Locale.ROOT, "load      raw %,d rows in %.1f s = %,.0f rows/s (generation not counted)%n", raw.total(),
        raw.nanos() / 1e9, raw.rowsPerSecond());
    DriverManagerDataSource db = fresh();
    JsonBenchmark.resetPeaks();
    Load adapter = restore(province, db, chunk);
    long peak = JsonBenchmark.peakHeap();
    if (!adapter.rows().equals(raw.rows()) || !adapter.digests().equals(raw.digests())) {
      throw new IllegalStateException("the two loads left different rows: raw " + raw + ", adapter " + adapter);
    }
    double load = adapter.rowsPerSecond() / raw.rowsPerSecond();
    try (Connection one = db.getConnection()) {
      long disk = ImportBenchmark.size(one);
      out.printf(Locale.ROOT, "load      adapter %,d rows in %.1f s = %,.0f rows/s; ratio %.2f (the same rows, units "
          + "and journal heads: true); %,.0f MB on disk; heap during the restore: the pools' peaks summed %d MiB "
          + "(an upper bound), max %d MiB%n", adapter.total(), adapter.nanos() / 1e9, adapter.rowsPerSecond(), load,
          disk / 1e6, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
      try (Statement st = one.createStatement()) {
        st.execute("ANALYZE");
      }
      DataSource ds = OneConnection.over(db, one);
      ReportBenchmark.Timed[] report = report(province, ds, one, rounds);
      out.printf(Locale.ROOT, "report    coverage of the province: adapter %,d points in %.2f s; raw %,d rows "
          + "selected in %.2f s; adapter ÷ raw %.2f%n", report[0].count(), report[0].nanos() / 1e9, report[1].count(),
          report[1].nanos() / 1e9, (double) report[0].nanos() / report[1].nanos());
      ThirdLineBenchmark.Timed[] tick = tick(ds, one, scale.units() * ITEMS_PER_UNIT, rounds, out);
      out.printf(Locale.ROOT, "tick      %,d deadlines due: Lianfang %.1f ms; raw select %.1f ms; hand-written tick "
          + "%.1f ms; Lianfang ÷ hand-written %.2f%n", tick[0].count(), tick[0].nanos() / 1e6, tick[1].nanos() / 1e6,
          tick[2].nanos() / 1e6, (double) tick[0].nanos() / tick[2].nanos());
      out.printf(Locale.ROOT, "(report and tick: medians of %d alternating rounds after a warm-up, on PostgreSQL)%n",
          rounds);
      String summary = String.format(Locale.ROOT, "province-bench load=%.2f report=%.2f tick=%.2f", load,
          (double) report[0].nanos() / report[1].nanos(), (double) tick[0].nanos() / tick[2].nanos());
      out.println(summary);
      return new Result(raw, adapter, report, tick, disk, summary);
    }
  }

  /** The raw load: each chunk generated, then its units inserted, timed, a transaction a unit. */
  static Load rawLoad(City city, DataSource db, int chunk) throws SQLException {
    try (Connection one = db.getConnection()) {
      RawJdbcLoader loader = new RawJdbcLoader(OneConnection.over(db, one), Dialect.POSTGRESQL);
      long nanos = 0;
      for (int from = 0; from < city.unitCount(); from += chunk) {
        List<UnitBatch> units = generated(city, from, chunk);
        long start = System.nanoTime();
        for (UnitBatch b : units) {
          loader.load(b);
        }
        nanos += System.nanoTime() - start;
      }
      one.setAutoCommit(true);
      return contents(one, nanos);
    }
  }

  /**
   * The restore through the import command in steps, as a discipline inspector of the province: one import, fed a
   * chunk at a time; before each chunk after the first is generated, the units handed over are waited for until all
   * are committed, and the generation's time is not counted.
   */
  static Load restore(City city, DataSource db, int chunk) throws SQLException {
    try (OneConnection.PerThread connections = new OneConnection.PerThread(db);
        Connection watch = db.getConnection()) {
      Lianfang lianfang = Lianfang.builder(JdbcStore.of(connections.dataSource(), Dialect.POSTGRESQL)).build();
      Actor inspector = Actor.of("inspector", "省纪委", List.of(Role.DISCIPLINE_INSPECTOR),
          List.of(city.unit(0).unit().id()));
      long[] generating = {0};
      List<UnitBatch> first = generated(city, 0, chunk);
      long start = System.nanoTime();
      ImportResult result = lianfang.ledger().imports().run(inspector, ImportMode.RESTORE_IN_STEPS, sink -> {
        for (int from = 0; from < city.unitCount(); from += chunk) {
          List<UnitBatch> units = first;
          if (from > 0) {
            committed(watch, from);
            long paused = System.nanoTime();
            units = generated(city, from, chunk);
            generating[0] += System.nanoTime() - paused;
          }
          for (UnitBatch b : units) {
            JdbcBenchmark.section(sink, b);
          }
        }
        return Optional.empty();
      }).orElseThrow();
      long nanos = System.nanoTime() - start - generating[0];
      JdbcBenchmark.wroteAll(result, city);
      return contents(watch, nanos);
    }
  }

  /** Waits until the units handed to the import are all committed: its writing thread is then idle. */
  private static void committed(Connection watch, long units) throws SQLException {
    long until = System.nanoTime() + 600_000_000_000L;
    try (Statement st = watch.createStatement()) {
      while (true) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM lf_unit")) {
          rs.next();
          if (rs.getLong(1) >= units) {
            return;
          }
        }
        if (System.nanoTime() > until) {
          throw new IllegalStateException("the import did not commit " + units + " units in ten minutes");
        }
        Thread.onSpinWait();
      }
    }
  }

  private static List<UnitBatch> generated(City city, int from, int chunk) {
    return IntStream.range(from, Math.min(city.unitCount(), from + chunk)).parallel().mapToObj(city::unit).toList();
  }

  /** The rows of every table, and a digest of the units and the journal heads, read after a load. */
  private static Load contents(Connection c, long nanos) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, String> digests = new LinkedHashMap<>();
    try (Statement st = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) AS n FROM " + table)) {
          rs.next();
          rows.put(table, rs.getLong(1));
        }
      }
      for (String table : DIGESTED) {
        try (ResultSet rs = st.executeQuery("SELECT md5(string_agg(t::text, '|' ORDER BY t.unit_id)) AS d FROM "
            + table + " t")) {
          rs.next();
          digests.put(table, rs.getString(1));
        }
      }
    }
    return new Load(nanos, rows, digests);
  }

  /** The coverage report of the whole province, both ways, alternating after a warm-up. */
  private static ReportBenchmark.Timed[] report(City province, DataSource ds, Connection one, int rounds)
      throws SQLException {
    UnitId root = province.unit(0).unit().id();
    Lianfang lianfang = Lianfang.builder(JdbcStore.of(ds, Dialect.POSTGRESQL)).clock(Clock.fixed(
        ReportBenchmark.READ_ON.atTime(9, 0).atZone(ZONE).toInstant(), ZONE)).build();
    ControlQueries queries = lianfang.control().queries();
    Actor inspector = Actor.of("inspector", "省纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of(root));
    Map<ReviewState, Long> states = province.totals().riskPointsByState();
    long covered = states.get(ReviewState.CONFIRMED) + states.get(ReviewState.STALE);
    List<ReportBenchmark.Timed> adapter = new ArrayList<>();
    List<ReportBenchmark.Timed> raw = new ArrayList<>();
    for (int i = 0; i <= rounds; i++) {
      for (boolean through : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
        ReportBenchmark.Timed t = through ? ReportBenchmark.coverage(queries, inspector, root)
            : ReportBenchmark.rawCoverage(one, root);
        if (through && t.count() != covered) {
          throw new IllegalStateException("the coverage report has " + t.count() + " points, not the " + covered
              + " confirmed and stale points");
        }
        if (i > 0) { // round 0 warms up
          (through ? adapter : raw).add(t);
        }
      }
    }
    return new ReportBenchmark.Timed[] {Medians.of(adapter, ReportBenchmark.Timed::nanos),
        Medians.of(raw, ReportBenchmark.Timed::nanos)};
  }

  /** The open items written over the province's units (not timed), then the morning's tick three ways. */
  private static ThirdLineBenchmark.Timed[] tick(DataSource ds, Connection one, int items, int rounds,
      PrintStream out) throws SQLException {
    JdbcStore store = JdbcStore.of(ds, Dialect.POSTGRESQL);
    Instant evening = ThirdLineBenchmark.TICK_DAY.minusDays(1).atTime(18, 0).atZone(ZONE).toInstant();
    Instant asOf = ThirdLineBenchmark.TICK_DAY.atTime(9, 0).atZone(ZONE).toInstant();
    List<UnitId> units = ReportBenchmark.unitIds(one);
    long loading = System.nanoTime();
    ThirdLineBenchmark.load(store, items, evening, i -> units.get(i % units.size()));
    int cases = ThirdLineBenchmark.loadCases(store, items / 4, asOf, i -> units.get(i % units.size()));
    ThirdLineBenchmark.kept(one);
    out.printf(Locale.ROOT, "tick      open items: %,d and %,d running cases over %,d units, %,d deadlines; written "
        + "in %.1f s (not timed)%n", items, cases, units.size(), ThirdLineBenchmark.count(one, "lf_due"),
        (System.nanoTime() - loading) / 1e9);
    Lianfang lianfang = Lianfang.builder(store).clock(Clock.fixed(evening, ZONE)).build();
    return ThirdLineBenchmark.ticks(lianfang, one, asOf, rounds);
  }

  /** A load into a database that is dropped afterwards, for its disk. */
  private interface Into<T> {
    T into(DriverManagerDataSource db) throws SQLException;
  }

  private static <T> T dropped(DriverManagerDataSource db, Into<T> load) throws SQLException {
    try {
      return load.into(db);
    } finally {
      String url = db.url();
      String name = url.substring(url.lastIndexOf('/') + 1);
      try (Connection c = java.sql.DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1)
          + "postgres", db.properties()); Statement st = c.createStatement()) {
        st.execute("DROP DATABASE " + name);
      }
    }
  }

  private static DriverManagerDataSource fresh() {
    DriverManagerDataSource db = (DriverManagerDataSource) TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    JdbcSchema.install(db, Dialect.POSTGRESQL);
    return db;
  }
}
