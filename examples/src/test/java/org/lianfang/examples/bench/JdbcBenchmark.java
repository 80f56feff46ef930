package org.lianfang.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcBulkLoader;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;

/**
 * The JDBC load benchmark (issue 3): the generated city loaded unit by unit through the adapter's bulk path, and in
 * the same run the same rows inserted with raw JDBC batches, on H2 in files, PostgreSQL and MariaDB. Only the loading
 * is timed, not the generation. Prints rows per second for both and their ratio, one line per database, and last
 * {@code jdbc-bench h2=… postgresql=… mariadb=…} (adapter ÷ raw). Each path runs twice and the second run counts, so
 * both meet a warm JVM. The row counts of every table must agree between the two paths, or the run stops.
 *
 * <p>Run: {@code mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.JdbcBenchmark -Dexec.args="city"} ({@code small} for a quick check).
 */
public final class JdbcBenchmark {
  private static final List<String> TABLES = List.of("lf_unit", "lf_post", "lf_official", "lf_tenure",
      "lf_power_item", "lf_power_item_post", "lf_risk_point", "lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment", "lf_risk_custom", "lf_journal", "lf_journal_head");

  private JdbcBenchmark() {}

  /** One database to measure on. */
  private record Target(String name, Dialect dialect, java.util.function.Supplier<DataSource> fresh) {}

  /** What one load took. */
  private record Run(long rows, long nanos, Map<String, Long> counts) {
    double rowsPerSecond() {
      return rows / (nanos / 1e9);
    }
  }

  /** @param args {@code city} (default) or {@code small}; then optionally the databases, e.g. {@code h2,mariadb} */
  public static void main(String[] args) throws Exception {
    Scale scale = args.length > 0 && args[0].equals("small") ? Scale.SMALL : Scale.CITY;
    List<String> wanted = args.length > 1 ? List.of(args[1].split(",")) : List.of("h2", "postgresql", "mariadb");
    City city = City.of(2010, scale);
    Path h2 = Files.createTempDirectory("lianfang-bench-h2");
    List<Target> targets = new ArrayList<>();
    int[] h2Runs = {0};
    targets.add(new Target("h2", Dialect.H2, () -> h2File(h2.resolve("run" + h2Runs[0]++))));
    targets.add(new Target("postgresql", Dialect.POSTGRESQL, () -> TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL)));
    targets.add(new Target("mariadb", Dialect.MYSQL, () -> TestDatabases.fresh(TestDatabases.Kind.MARIADB)));
    System.out.println("city: " + city.totals().toText().replace('\n', ' '));
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (Target t : targets) {
      if (!wanted.contains(t.name())) {
        continue;
      }
      adapter(city, t);
      raw(city, t);
      Run adapter = adapter(city, t);
      Run raw = raw(city, t);
      if (!adapter.counts().equals(raw.counts())) {
        throw new IllegalStateException(t.name() + ": the two paths wrote different rows: adapter "
            + adapter.counts() + " raw " + raw.counts());
      }
      double ratio = adapter.rowsPerSecond() / raw.rowsPerSecond();
      ratios.put(t.name(), ratio);
      System.out.printf(Locale.ROOT, "%-10s adapter %,d rows in %.1f s = %,.0f rows/s; raw %,d rows in %.1f s = %,.0f "
          + "rows/s; ratio %.2f%n", t.name(), adapter.rows(), adapter.nanos() / 1e9, adapter.rowsPerSecond(),
          raw.rows(), raw.nanos() / 1e9, raw.rowsPerSecond(), ratio);
    }
    StringBuilder summary = new StringBuilder("jdbc-bench");
    ratios.forEach((db, r) -> summary.append(' ').append(db).append('=').append(String.format(Locale.ROOT, "%.2f", r)));
    System.out.println(summary);
    System.exit(0);
  }

  private static Run adapter(City city, Target t) throws SQLException {
    DataSource ds = t.fresh().get();
    JdbcSchema.install(ds, t.dialect());
    JdbcBulkLoader loader = JdbcStore.of(ds, t.dialect()).bulk();
    long[] nanos = {0};
    city.forEachUnit(b -> {
      JdbcBulkLoader.Batch batch = new JdbcBulkLoader.Batch(List.of(b.unit()), b.posts(), b.officials(), b.tenures(),
          b.powerItems(), List.of(), b.riskPoints(), b.journal());
      long start = System.nanoTime();
      loader.load(batch);
      nanos[0] += System.nanoTime() - start;
    });
    return measured(ds, nanos[0]);
  }

  private static Run raw(City city, Target t) throws SQLException {
    DataSource ds = t.fresh().get();
    JdbcSchema.install(ds, t.dialect());
    RawJdbcLoader loader = new RawJdbcLoader(ds, t.dialect());
    long[] nanos = {0};
    city.forEachUnit((UnitBatch b) -> {
      long start = System.nanoTime();
      try {
        loader.load(b);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      nanos[0] += System.nanoTime() - start;
    });
    return measured(ds, nanos[0]);
  }

  private static Run measured(DataSource ds, long nanos) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    long rows = 0;
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
          rows += rs.getLong(1);
        }
      }
    }
    return new Run(rows, nanos, counts);
  }

  private static DataSource h2File(Path dir) {
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench") + ";WRITE_DELAY=0";
    return new SimpleDataSource(url);
  }

  /** A DataSource over DriverManager for the H2 file database. */
  private static final class SimpleDataSource implements DataSource {
    private final String url;

    SimpleDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
      return DriverManager.getConnection(url, u, p);
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {
      // none
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // none
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
