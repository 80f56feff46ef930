package org.lianfang.examples.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.cycle.CloseYear;
import org.lianfang.application.cycle.LeavePhase;
import org.lianfang.application.cycle.PostRevision;
import org.lianfang.application.cycle.RollOut;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.CycleRules;
import org.lianfang.cycle.CycleTimetable;
import org.lianfang.cycle.RolloutReport;
import org.lianfang.cycle.StandardCyclePolicy;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.testing.MutableClock;

/**
 * The annual cycle's benchmark (issue 14): the whole generated city closes 2010 and opens 2011 through Lianfang on
 * PostgreSQL, beside the raw SQL that copies the same rows into the registers, in one run.
 *
 * <p>The city is loaded with the raw loader, and each unit's 2010 is inserted through the store's bulk path as having
 * left mobilisation, identification, training and measures (not timed). Its year runs under the pilot's rules but for
 * {@code pointsSettled}: the generated city keeps stale points, as a real one does, and a year with that rule on would
 * not close until they were graded again; every figure is read all the same. Then, still not timed, each unit's
 * revision is posted on 12-11 through the command, for a week, and each unit leaves self-assessment and revision on
 * 12-21 through the command. Timed on 12-31: each unit's {@code CloseYear}, one command each as a host's scheduler
 * would send them (the guards read where every point of the unit stands and every measure, post and item, the register
 * is checked against the one the revision posted, the points and measures are frozen into the register and both events
 * appended to the unit's journal), then {@code rollOut} of 2011 over the city (one transaction per unit). The raw
 * baseline, once before and once after, in one transaction: the register headers, then one {@code INSERT INTO lf_reg_…
 * SELECT t.*, year FROM lf_… t} per table of a point or a measure over the city's units (the subtree by a recursive
 * query), the copy the freeze makes, into years no unit uses (later ones: a register of an earlier year would be the
 * one the revision compares with). Each timed part starts after a checkpoint. Prints the times, and last {@code
 * cycle-bench open=…}: Lianfang's time over the mean of the two raw times, the goal being at most 2.0. One
 * round only: a closed year cannot close again, and loading a city's year anew takes longer than the round.
 *
 * <p>Run: {@code mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.CycleBenchmark -Dexec.args="city"} ({@code small} for a quick check).
 */
public final class CycleBenchmark {
  /** The year closed. */
  static final Year YEAR = Year.of(2010);
  /** The live tables of a point and of a measure, each with its register's twin {@code lf_reg_…} (schema 29). */
  static final List<String> TABLES = List.of("lf_risk_point", "lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment", "lf_risk_custom", "lf_control_measure", "lf_control_measure_point", "lf_control_evidence");
  private static final String SUBTREE = "WITH RECURSIVE sub(unit_id) AS (SELECT unit_id FROM lf_unit WHERE unit_id "
      + "= ? UNION ALL SELECT u.unit_id FROM lf_unit u JOIN sub ON u.parent_id = sub.unit_id) ";

  private CycleBenchmark() {}

  /**
   * The run's figures.
   *
   * @param close the nanoseconds every unit's closing took
   * @param rollout the nanoseconds the rollout of the next year took
   * @param raw the nanoseconds of each raw copy, before and after
   * @param ratio Lianfang's time over the mean raw time
   * @param closed units closed
   * @param opened units the rollout opened
   * @param frozenPoints the point rows the closings froze
   * @param rawPoints the point rows each raw copy inserted
   * @param summary the last line printed
   */
  record Result(long close, long rollout, List<Long> raw, double ratio, int closed, int opened, long frozenPoints,
      long rawPoints, String summary) {}

  /** @param args {@code city} (default), {@code small}, or a number of units shaped as the city's */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "city" : args[0]);
    run(City.of(2010, scale), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.exit(0);
  }

  /**
   * Loads the city into a fresh PostgreSQL, brings each unit's 2010 to self-assessment and revision's end, and times
   * the closing and the rollout against the raw copy.
   *
   * @param city the city
   * @param out where the figures go
   * @return the figures
   * @throws SQLException if the database fails
   */
  static Result run(City city, PrintStream out) throws SQLException {
    out.println("city: " + city.totals().toText().replace('\n', ' '));
    DataSource fresh = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    JdbcSchema.install(fresh, Dialect.POSTGRESQL);
    try (Connection one = fresh.getConnection()) {
      checkTables(one);
      DataSource ds = OneConnection.over(fresh, one);
      long loading = System.nanoTime();
      new RawJdbcLoader(ds, Dialect.POSTGRESQL).loadAll(city);
      one.setAutoCommit(true);
      JdbcStore store = JdbcStore.of(ds, Dialect.POSTGRESQL);
      MutableClock clock = MutableClock.at(LocalDate.of(2010, 12, 11));
      Lianfang lianfang = Lianfang.builder(store).clock(clock).build();
      UnitId root = city.unit(0).unit().id();
      Actor inspector = Actor.of("inspector", "市纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of(root));
      List<AnnualCycleId> years = inRevision(city, store, lianfang);
      for (AnnualCycleId id : years) {
        lianfang.cycle().post(inspector, PostRevision.of(id, "单位门户网站及公示栏", LocalDate.of(2010, 12, 18)))
            .orElseThrow();
      }
      clock.setDay(LocalDate.of(2010, 12, 21));
      for (AnnualCycleId id : years) {
        lianfang.cycle().leave(inspector, LeavePhase.of(id, CyclePhase.REVISION)).orElseThrow();
      }
      try (Statement st = one.createStatement()) {
        st.execute("ANALYZE");
      }
      out.printf(Locale.ROOT, "loaded in %.1f s, %,d units' 2010 posted and in summary and acceptance (not timed)%n",
          (System.nanoTime() - loading) / 1e9, years.size());

      clock.setDay(LocalDate.of(2010, 12, 31));
      List<Long> raw = new ArrayList<>();
      long[] rawPoints = new long[1];
      checkpoint(one);
      raw.add(copy(one, root, Year.of(2098), rawPoints));
      checkpoint(one);
      long start = System.nanoTime();
      for (AnnualCycleId id : years) {
        lianfang.cycle().close(inspector, CloseYear.of(id)).orElseThrow();
      }
      long closed = System.nanoTime();
      RolloutReport report = lianfang.cycle().rollOut(inspector, new RollOut(root, YEAR.plusYears(1)))
          .orElseThrow();
      long end = System.nanoTime();
      checkpoint(one);
      raw.add(copy(one, root, Year.of(2099), rawPoints));

      long frozen = count(one, "SELECT count(*) FROM lf_reg_risk_point WHERE register_year = " + YEAR.getValue());
      double mean = raw.stream().mapToLong(Long::longValue).average().orElseThrow();
      double ratio = (end - start) / mean;
      out.printf(Locale.ROOT, "lianfang  %,d units closed in %.2f s (%,d points frozen), %,d opened for %s in %.2f s;"
          + " %.2f s in all%n", years.size(), (closed - start) / 1e9, frozen, report.opened().size(),
          YEAR.plusYears(1), (end - closed) / 1e9, (end - start) / 1e9);
      out.printf(Locale.ROOT, "raw       the same rows copied (%,d points) in %.2f s before and %.2f s after%n",
          rawPoints[0], raw.get(0) / 1e9, raw.get(1) / 1e9);
      out.println("(one round on PostgreSQL: Lianfang's time over the mean of the raw copies made around it)");
      String summary = String.format(Locale.ROOT, "cycle-bench open=%.2f", ratio);
      out.println(summary);
      return new Result(closed - start, end - closed, raw, ratio, years.size(), report.opened().size(), frozen,
          rawPoints[0], summary);
    }
  }

  /**
   * Inserts each unit's 2010 as having left its first four phases, each on its window's last day, in batches.
   *
   * @return the years, in the city's unit order
   */
  private static List<AnnualCycleId> inRevision(City city, JdbcStore store, Lianfang lianfang) {
    CycleRules rules = new CycleRules(false, true, true, true);
    StandardCyclePolicy policy = StandardCyclePolicy.pilot().withRules(rules);
    CyclePolicies versions = new CyclePolicies(lianfang.gradingPolicy().version(), CoveragePolicy.standard()
        .version(), WarningPolicy.standard().version(), lianfang.evaluation().queries().policy().version(),
        policy.version());
    CycleTimetable timetable = policy.timetable(YEAR);
    List<CycleFigures> steps = new ArrayList<>();
    for (CyclePhase p : List.of(CyclePhase.MOBILISATION, CyclePhase.IDENTIFICATION, CyclePhase.TRAINING,
        CyclePhase.MEASURES)) {
      steps.add(new CycleFigures(timetable.window(p).to(), 0, 0, 0, 0));
    }
    List<AnnualCycleId> ids = new ArrayList<>();
    List<AnnualCycle> batch = new ArrayList<>();
    city.forEachUnit((UnitBatch b) -> {
      AnnualCycleId id = new AnnualCycleId(UUID.randomUUID());
      ids.add(id);
      batch.add(AnnualCycle.restore(id, b.unit().id(), LocalDate.of(2010, 8, 14), timetable, rules, versions, steps,
          java.util.Optional.empty(), 1));
      if (batch.size() == 500) {
        insert(store, batch);
      }
    });
    insert(store, batch);
    return ids;
  }

  private static void insert(JdbcStore store, List<AnnualCycle> batch) {
    store.transactions().inTransaction(() -> {
      store.annualCycles().insertAll(batch);
      return null;
    });
    batch.clear();
  }

  /** The raw copy, timed: the register headers and every table of a point or a measure, in one transaction. */
  private static long copy(Connection c, UnitId root, Year year, long[] points) throws SQLException {
    long start = System.nanoTime();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement(SUBTREE + "INSERT INTO lf_register (unit_id, register_year, "
        + "frozen_on) SELECT unit_id, " + year.getValue() + ", DATE '" + year + "-12-31' FROM sub")) {
      ps.setObject(1, root.value());
      ps.executeUpdate();
    }
    for (String table : TABLES) {
      try (PreparedStatement ps = c.prepareStatement(SUBTREE + "INSERT INTO lf_reg_" + table.substring(3)
          + " SELECT t.*, " + year.getValue() + " FROM " + table + " t JOIN sub USING (unit_id)")) {
        ps.setObject(1, root.value());
        int n = ps.executeUpdate();
        if (table.equals("lf_risk_point")) {
          points[0] = n;
        }
      }
    }
    c.commit();
    c.setAutoCommit(true);
    return System.nanoTime() - start;
  }

  /** Refuses to run if the schema's registers have other tables than {@link #TABLES}' twins. */
  private static void checkTables(Connection c) throws SQLException {
    TreeSet<String> twins = new TreeSet<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM "
        + "information_schema.tables WHERE table_name LIKE 'lf\\_reg\\_%'")) {
      while (rs.next()) {
        twins.add(rs.getString(1));
      }
    }
    TreeSet<String> expected = new TreeSet<>(TABLES.stream().map(t -> "lf_reg_" + t.substring(3)).toList());
    if (!twins.equals(expected)) {
      throw new IllegalStateException("the registers' tables are " + twins + ", the benchmark copies " + expected);
    }
  }

  /**
   * Writes every changed page out before a timed part begins, so that none pays for the writes of the part before it
   * (the load's, above all): the checkpoint PostgreSQL would otherwise run in the middle of whichever part came next.
   */
  private static void checkpoint(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("CHECKPOINT");
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
