package org.lianfang.examples.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.evaluation.Scorecard;
import org.lianfang.examples.city.CheckYear;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;

/**
 * The evaluation benchmark (issue 13): every unit of the generated city scored for 2011 from its records (S-11, P-24)
 * through Lianfang from PostgreSQL, beside a raw SQL select of the rows the scoring reads, in one run.
 *
 * <p>The city is loaded once with the raw loader, then a year of its monthly checks (every post with a measure in
 * force, each month of 2011, a row per measure: {@link CheckYear}) and one analysed appraisal per unit through the
 * store's bulk path (not timed). Then {@code EvaluationQueries.provisional} of the city, as a discipline inspector of
 * it, is timed against one {@code SELECT} per table of the rows of every unit of the city (the subtree by a recursive
 * query): units, risk points with their lists, measures with theirs, power items and disclosures with theirs, monthly
 * checks with their rows and evidence, rectification items, reports, inspection findings with their points and
 * accountability, posts, tenures, and appraisal rounds with their items and comments — each column read with {@code
 * getString}, nothing built. Once to warm up, then {@code rounds} times in alternating order, on one reused connection.
 * Prints each round's times, their medians, and last {@code eval-bench city=…}: the median of the rounds' ratios of
 * adapter time to raw time, the goal being at most 1.5. Each ratio is of two reads made back to back, so the
 * machine's drift from round to round (the raw read alone took from 1.24 to 2.87 s in one run of 150 units) cancels in
 * it, where it would not in a ratio of medians taken apart (printed too).
 *
 * <p>Run: {@code mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.EvaluationBenchmark -Dexec.args="city"} ({@code small} for a quick
 * check).
 */
public final class EvaluationBenchmark {
  /** The year scored, after the pilot's measures came in force. */
  static final int YEAR = 2011;
  /** The tables the scoring reads, each by the unit it belongs to. */
  static final List<String> TABLES = List.of("lf_risk_point", "lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment", "lf_risk_custom", "lf_control_measure", "lf_control_measure_point", "lf_control_evidence",
      "lf_power_item", "lf_power_item_post", "lf_power_disclosure", "lf_disclosure_field", "lf_disclosure_channel",
      "lf_monthly_check", "lf_check_row", "lf_check_evidence", "lf_rectification_item", "lf_rectification_point",
      "lf_report", "lf_report_ref", "lf_inspection_finding", "lf_finding_point", "lf_accountability", "lf_post",
      "lf_tenure", "lf_appraisal_round", "lf_appraisal_item", "lf_appraisal_comment");

  /** What the raw path read, kept so that no read is optimised away. */
  private static volatile long consumed;

  private EvaluationBenchmark() {}

  /**
   * What one timed read found: how long it took, and how much it gave.
   *
   * @param nanos the time
   * @param count scorecards for the adapter, rows read for the raw path
   * @param checks the monthly checks the scorecards counted as submitted (the adapter only)
   */
  record Timed(long nanos, long count, long checks) {}

  /**
   * The run's figures: medians of the rounds, and of their ratios.
   *
   * @param adapter the city scored through Lianfang
   * @param raw the rows it reads, selected
   * @param ratio the median of the rounds' ratios of adapter time to raw time
   * @param checks the monthly checks loaded
   * @param summary the last line printed
   */
  record Result(Timed adapter, Timed raw, double ratio, long checks, String summary) {}

  /** @param args {@code city} (default), {@code small}, or a number of units shaped as the city's; then rounds */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "city" : args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    run(City.of(2010, scale), rounds, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.exit(0);
  }

  /**
   * Loads the city and its year into a fresh PostgreSQL and times the scoring both ways.
   *
   * @param city the city
   * @param rounds measured rounds after the warm-up
   * @param out where the figures go
   * @return the figures
   * @throws SQLException if the database fails
   */
  static Result run(City city, int rounds, PrintStream out) throws SQLException {
    out.println("city: " + city.totals().toText().replace('\n', ' '));
    DataSource fresh = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    JdbcSchema.install(fresh, Dialect.POSTGRESQL);
    try (Connection one = fresh.getConnection()) {
      DataSource ds = OneConnection.over(fresh, one);
      long loading = System.nanoTime();
      new RawJdbcLoader(ds, Dialect.POSTGRESQL).loadAll(city);
      one.setAutoCommit(true);
      JdbcStore store = JdbcStore.of(ds, Dialect.POSTGRESQL);
      long[] checks = new long[2];
      city.forEachUnit((UnitBatch b) -> {
        List<MonthlyCheck> year = CheckYear.checks(b, YEAR, city.seed());
        List<AppraisalRound> appraisal = CheckYear.appraisal(b, YEAR, city.seed());
        store.transactions().inTransaction(() -> {
          store.monthlyChecks().insertAll(year);
          store.appraisalRounds().insertAll(appraisal);
          return null;
        });
        checks[0] += year.size();
        checks[1] += year.stream().mapToLong(c -> c.rows().size()).sum();
      });
      try (Statement st = one.createStatement()) {
        st.execute("ANALYZE");
      }
      out.printf(Locale.ROOT, "loaded in %.1f s with %,d monthly checks of %,d rows (not timed below)%n",
          (System.nanoTime() - loading) / 1e9, checks[0], checks[1]);

      UnitId root = city.unit(0).unit().id();
      Lianfang lianfang = Lianfang.builder(store).clock(Clock.fixed(LocalDate.of(YEAR + 1, 1, 10).atTime(9, 0)
          .atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"))).build();
      Actor inspector = Actor.of("inspector", "市纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of(root));
      List<Timed> adapter = new ArrayList<>();
      List<Timed> raw = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i <= rounds; i++) {
        boolean adapterFirst = i % 2 == 0;
        long[] round = new long[2];
        for (boolean a : new boolean[] {adapterFirst, !adapterFirst}) {
          Timed t = a ? score(lianfang, inspector, root) : select(one, root);
          round[a ? 0 : 1] = t.nanos();
          if (a && (t.count() != city.unitCount() || t.checks() != checks[0])) {
            throw new IllegalStateException("scored " + t.count() + " units counting " + t.checks()
                + " checks, not " + city.unitCount() + " and " + checks[0]);
          }
          if (i > 0) { // round 0 warms up
            (a ? adapter : raw).add(t);
          }
        }
        out.printf(Locale.ROOT, "round %d%s: adapter %.2f s, raw %.2f s, adapter ÷ raw %.2f%n", i,
            i == 0 ? " (warm-up)" : "", round[0] / 1e9, round[1] / 1e9, (double) round[0] / round[1]);
        if (i > 0) {
          ratios.add((double) round[0] / round[1]);
        }
      }
      Timed ad = Medians.of(adapter, Timed::nanos);
      Timed rw = Medians.of(raw, Timed::nanos);
      ratios.sort(null);
      double ratio = ratios.get(ratios.size() / 2);
      out.printf(Locale.ROOT, "scoring   adapter %,d units (%,d checks) in %.2f s; raw %,d rows selected in %.2f s; "
          + "ratio of the medians %.2f, median of the rounds' ratios %.2f%n", ad.count(), ad.checks(),
          ad.nanos() / 1e9, rw.count(), rw.nanos() / 1e9, (double) ad.nanos() / rw.nanos(), ratio);
      out.printf(Locale.ROOT, "(medians of %d alternating rounds after a warm-up, on PostgreSQL)%n", rounds);
      String summary = String.format(Locale.ROOT, "eval-bench city=%.2f", ratio);
      out.println(summary);
      return new Result(ad, rw, ratio, checks[0], summary);
    }
  }

  private static Timed score(Lianfang lianfang, Actor inspector, UnitId root) {
    long start = System.nanoTime();
    List<Scorecard> cards = lianfang.evaluation().queries().provisional(inspector, root, Year.of(YEAR),
        LocalDate.of(YEAR, 12, 31));
    long nanos = System.nanoTime() - start;
    return new Timed(nanos, cards.size(), cards.stream().mapToLong(c -> c.figures().checksSubmitted()).sum());
  }

  /** One select per table of the rows of every unit of the subtree, each column read as text. */
  private static Timed select(Connection c, UnitId root) throws SQLException {
    long start = System.nanoTime();
    long rows = 0;
    String subtree = "WITH RECURSIVE t(unit_id) AS (SELECT unit_id FROM lf_unit WHERE unit_id = ? UNION ALL "
        + "SELECT u.unit_id FROM lf_unit u JOIN t ON u.parent_id = t.unit_id) ";
    List<String> selects = new ArrayList<>();
    selects.add(subtree + "SELECT u.* FROM lf_unit u JOIN t USING (unit_id)");
    TABLES.forEach(table -> selects.add(subtree + "SELECT x.* FROM " + table + " x JOIN t USING (unit_id)"));
    for (String select : selects) {
      try (PreparedStatement ps = c.prepareStatement(select)) {
        ps.setObject(1, root.value());
        try (ResultSet rs = ps.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          long chars = 0;
          while (rs.next()) {
            rows++;
            for (int i = 1; i <= columns; i++) {
              String v = rs.getString(i);
              chars += v == null ? 0 : v.length();
            }
          }
          consumed += chars;
        }
      }
    }
    return new Timed(System.nanoTime() - start, rows, 0);
  }
}
