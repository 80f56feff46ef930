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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.control.ControlQueries;
import org.lianfang.control.ControlRegistrationForm;
import org.lianfang.control.CoverageReport;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.risk.ReviewState;

/**
 * The report benchmark (issue 11): Form 3 (附表3) of every unit of the generated city and the coverage report (P-14) of
 * the whole city, read through Lianfang from PostgreSQL, beside a raw SQL select of the rows they read, in one run.
 *
 * <p>The city is loaded once with the raw loader (not timed) into the embedded PostgreSQL of the tests. Then each
 * report is timed both ways, on one reused connection, once to warm up and then {@code rounds} times in alternating
 * order; medians count:
 * <ul>
 *   <li><b>Form 3</b>: {@code ControlQueries.form3} of each unit as a discipline inspector of the city, against, for
 *       each unit, a plain {@code SELECT} of the rows the form is made from — the unit's row, its risk points and the
 *       five lists a point carries, its measures with their points and evidence, its posts, tenures and officials —
 *       each column read with {@code getString}, nothing built.
 *   <li><b>Coverage</b>: {@code ControlQueries.coverage} of the city, against one {@code SELECT} per table of the rows
 *       of every unit of the city (the subtree by a recursive query, as the store reads it): units, risk points with
 *       their lists, measures with their points and evidence, and posts.
 * </ul>
 * The adapter builds the domain's records and the reports (access checks, owner and holder names, each point's gaps
 * and residual grade); the raw path only reads. Prints each figure and the ratios, and last {@code report-bench
 * form3=… coverage=…}: adapter time ÷ raw time, the goal being at most 1.5.
 *
 * <p>Run: {@code mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.ReportBenchmark -Dexec.args="city"} ({@code small} for a quick check).
 */
public final class ReportBenchmark {
  /** The day the reports are read on: after the pilot's revision, every tenure still open. */
  static final LocalDate READ_ON = LocalDate.of(2011, 1, 10);

  /** The tables a point's row and its lists live in, as the store reads a unit's points. */
  private static final List<String> POINT_TABLES = List.of("lf_risk_point", "lf_risk_source", "lf_risk_rule",
      "lf_risk_review", "lf_risk_comment", "lf_risk_custom");
  /** A measure's row and its lists. */
  private static final List<String> MEASURE_TABLES = List.of("lf_control_measure", "lf_control_measure_point",
      "lf_control_evidence");
  /** What Form 3 reads beside them: the unit, and the names of posts, holders and owners. */
  private static final List<String> FORM3_TABLES = concat(List.of("lf_unit"), POINT_TABLES, MEASURE_TABLES,
      List.of("lf_post", "lf_tenure", "lf_official"));
  /** What the coverage report reads: the subtree's units, points, measures and posts. */
  private static final List<String> COVERAGE_TABLES = concat(POINT_TABLES, MEASURE_TABLES, List.of("lf_post"));

  /** What the raw path read, kept so that no read is optimised away. */
  private static volatile long consumed;

  private ReportBenchmark() {}

  /**
   * What one timed read found: how long it took, and how much it gave (report rows for the adapter, rows read for the
   * raw path).
   *
   * @param nanos the time
   * @param count rows
   */
  record Timed(long nanos, long count) {}

  /**
   * The run's figures, medians of the rounds.
   *
   * @param form3Adapter Form 3 of every unit through Lianfang
   * @param form3Raw the rows they are made from, selected
   * @param coverageAdapter the city's coverage report through Lianfang
   * @param coverageRaw the rows it is made from, selected
   * @param summary the last line printed
   */
  record Result(Timed form3Adapter, Timed form3Raw, Timed coverageAdapter, Timed coverageRaw, String summary) {
    double form3Ratio() {
      return (double) form3Adapter.nanos() / form3Raw.nanos();
    }

    double coverageRatio() {
      return (double) coverageAdapter.nanos() / coverageRaw.nanos();
    }
  }

  /** @param args {@code city} (default), {@code small}, or a number of units shaped as the city's; then rounds */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "city" : args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    run(City.of(2010, scale), rounds, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.exit(0);
  }

  /**
   * Loads the city into a fresh PostgreSQL and times both reports both ways.
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
      one.setAutoCommit(true); // the loader left it in its transactions' mode; reads and snapshots begin from here
      try (Statement st = one.createStatement()) {
        st.execute("ANALYZE");
      }
      out.printf(Locale.ROOT, "loaded in %.1f s (not timed below)%n", (System.nanoTime() - loading) / 1e9);

      List<UnitId> units = unitIds(one);
      UnitId root = city.unit(0).unit().id();
      Lianfang lianfang = Lianfang.builder(JdbcStore.of(ds, Dialect.POSTGRESQL))
          .clock(Clock.fixed(READ_ON.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
              ZoneId.of("Asia/Shanghai")))
          .build();
      ControlQueries queries = lianfang.control().queries();
      Actor inspector = Actor.of("inspector", "市纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of(root));
      long listed = 2 * city.totals().riskPointsByState().get(ReviewState.CONFIRMED);
      long covered = city.totals().riskPointsByState().get(ReviewState.CONFIRMED)
          + city.totals().riskPointsByState().get(ReviewState.STALE);

      List<Timed> fa = new ArrayList<>();
      List<Timed> fr = new ArrayList<>();
      List<Timed> ca = new ArrayList<>();
      List<Timed> cr = new ArrayList<>();
      for (int i = 0; i <= rounds; i++) {
        boolean adapterFirst = i % 2 == 0;
        for (boolean adapter : new boolean[] {adapterFirst, !adapterFirst}) {
          Timed f = adapter ? form3(queries, inspector, units) : rawForm3(one, units);
          Timed c = adapter ? coverage(queries, inspector, root) : rawCoverage(one, root);
          if (adapter && f.count() != listed) {
            throw new IllegalStateException("Form 3 listed " + f.count() + " rows, not the " + listed
                + " measures of confirmed points");
          }
          if (adapter && c.count() != covered) {
            throw new IllegalStateException("the coverage report has " + c.count() + " points, not the " + covered
                + " confirmed and stale points");
          }
          if (i > 0) { // round 0 warms up
            (adapter ? fa : fr).add(f);
            (adapter ? ca : cr).add(c);
          }
        }
      }
      Timed form3Adapter = Medians.of(fa, Timed::nanos);
      Timed form3Raw = Medians.of(fr, Timed::nanos);
      Timed coverageAdapter = Medians.of(ca, Timed::nanos);
      Timed coverageRaw = Medians.of(cr, Timed::nanos);
      out.printf(Locale.ROOT, "form3     adapter %,d rows of %,d units in %.2f s; raw %,d rows selected in %.2f s; "
          + "adapter ÷ raw %.2f%n", form3Adapter.count(), units.size(), form3Adapter.nanos() / 1e9, form3Raw.count(),
          form3Raw.nanos() / 1e9, (double) form3Adapter.nanos() / form3Raw.nanos());
      out.printf(Locale.ROOT, "coverage  adapter %,d points in %.2f s; raw %,d rows selected in %.2f s; "
          + "adapter ÷ raw %.2f%n", coverageAdapter.count(), coverageAdapter.nanos() / 1e9, coverageRaw.count(),
          coverageRaw.nanos() / 1e9, (double) coverageAdapter.nanos() / coverageRaw.nanos());
      out.printf(Locale.ROOT, "(medians of %d alternating rounds after a warm-up, on PostgreSQL)%n", rounds);
      String summary = String.format(Locale.ROOT, "report-bench form3=%.2f coverage=%.2f",
          (double) form3Adapter.nanos() / form3Raw.nanos(), (double) coverageAdapter.nanos() / coverageRaw.nanos());
      out.println(summary);
      return new Result(form3Adapter, form3Raw, coverageAdapter, coverageRaw, summary);
    }
  }

  private static Timed form3(ControlQueries queries, Actor inspector, List<UnitId> units) {
    long start = System.nanoTime();
    long rows = 0;
    for (UnitId u : units) {
      ControlRegistrationForm form = queries.form3(inspector, u).orElseThrow();
      rows += form.rows().size();
    }
    return new Timed(System.nanoTime() - start, rows);
  }

  static Timed coverage(ControlQueries queries, Actor inspector, UnitId root) {
    long start = System.nanoTime();
    CoverageReport report = queries.coverage(inspector, root);
    return new Timed(System.nanoTime() - start, report.points().size());
  }

  /** Per unit, every row of every table Form 3 is made from, each column read as text. */
  private static Timed rawForm3(Connection c, List<UnitId> units) throws SQLException {
    long start = System.nanoTime();
    long rows = 0;
    List<PreparedStatement> selects = new ArrayList<>();
    try {
      for (String table : FORM3_TABLES) {
        selects.add(c.prepareStatement("SELECT * FROM " + table + " WHERE unit_id = ?"));
      }
      for (UnitId u : units) {
        for (PreparedStatement ps : selects) {
          ps.setObject(1, u.value());
          try (ResultSet rs = ps.executeQuery()) {
            rows += readAll(rs);
          }
        }
      }
    } finally {
      for (PreparedStatement ps : selects) {
        ps.close();
      }
    }
    return new Timed(System.nanoTime() - start, rows);
  }

  /** One select per table of the rows of every unit of the subtree, each column read as text. */
  static Timed rawCoverage(Connection c, UnitId root) throws SQLException {
    long start = System.nanoTime();
    long rows = 0;
    String subtree = "WITH RECURSIVE t(unit_id) AS (SELECT unit_id FROM lf_unit WHERE unit_id = ? UNION ALL "
        + "SELECT u.unit_id FROM lf_unit u JOIN t ON u.parent_id = t.unit_id) ";
    try (PreparedStatement ps = c.prepareStatement(subtree + "SELECT u.* FROM lf_unit u JOIN t USING (unit_id)")) {
      ps.setObject(1, root.value());
      try (ResultSet rs = ps.executeQuery()) {
        rows += readAll(rs);
      }
    }
    for (String table : COVERAGE_TABLES) {
      try (PreparedStatement ps = c.prepareStatement(subtree + "SELECT x.* FROM " + table
          + " x JOIN t USING (unit_id)")) {
        ps.setObject(1, root.value());
        try (ResultSet rs = ps.executeQuery()) {
          rows += readAll(rs);
        }
      }
    }
    return new Timed(System.nanoTime() - start, rows);
  }

  private static long readAll(ResultSet rs) throws SQLException {
    int columns = rs.getMetaData().getColumnCount();
    long rows = 0;
    long chars = 0;
    while (rs.next()) {
      rows++;
      for (int i = 1; i <= columns; i++) {
        String v = rs.getString(i);
        chars += v == null ? 0 : v.length();
      }
    }
    consumed += chars;
    return rows;
  }

  static List<UnitId> unitIds(Connection c) throws SQLException {
    List<UnitId> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT unit_id FROM lf_unit "
        + "ORDER BY unit_id")) {
      while (rs.next()) {
        out.add(new UnitId(rs.getObject(1, UUID.class)));
      }
    }
    return out;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> out = new ArrayList<>();
    for (List<String> l : lists) {
      out.addAll(l);
    }
    return List.copyOf(out);
  }
}
