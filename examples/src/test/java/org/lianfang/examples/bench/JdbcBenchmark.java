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
import java.util.Optional;
import javax.sql.DataSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.application.Lianfang;
import org.lianfang.application.ledger.ArchiveSink;
import org.lianfang.application.ledger.ImportMode;
import org.lianfang.application.ledger.ImportResult;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;

/**
 * The JDBC load benchmark (issue 3): the generated city restored through the import command (issue 10: a bulk load
 * is a restore, checked as any import is), and in the same run the same rows inserted unit by unit with raw JDBC
 * batches, on H2 in files, PostgreSQL and MariaDB. The city is generated whole before any load ({@link Generated}):
 * only the loading is timed, and no load overlaps the generation (since issue 11 the restore commits on a thread of its
 * own, which would otherwise go on writing while the next unit is generated, untimed). Prints rows per
 * second for both and their ratio, one line per database, and last {@code jdbc-bench h2=… postgresql=… mariadb=…}
 * (adapter ÷ raw). Each path runs once to warm up (on a city of at most 100 units, since issue 11: the JIT needs no
 * more, and a city load now takes minutes), then three times in alternating order, each on a fresh database over one
 * reused connection per thread (the restore in steps commits on a thread of its own, issue 11; the raw loader has
 * one); the medians count. The content of every table must be identical after both paths (a digest over all rows
 * and columns), or the run stops.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx8g mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.JdbcBenchmark -Dexec.args="city"} ({@code small} for a quick check).
 */
public final class JdbcBenchmark {
  private static final List<String> TABLES = List.of("lf_unit", "lf_post", "lf_official", "lf_tenure",
      "lf_power_item", "lf_power_item_post", "lf_risk_point", "lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment", "lf_risk_custom", "lf_control_measure", "lf_control_measure_point", "lf_control_evidence",
      "lf_journal", "lf_journal_head");

  private JdbcBenchmark() {}

  /**
   * A city generated whole, held in memory for the loads to read: about 2.2 MB a unit, 3.3 GB for the city (give the
   * JVM 8 GB: {@code MAVEN_OPTS=-Xmx8g}).
   *
   * @param city the city
   * @param units its units, as {@link City#forEachUnit} gives them
   */
  record Generated(City city, List<UnitBatch> units) {
    static Generated of(City city) {
      List<UnitBatch> all = new ArrayList<>(city.scale().units());
      city.forEachUnit(all::add);
      return new Generated(city, List.copyOf(all));
    }
  }

  /** One database to measure on. */
  record Target(String name, Dialect dialect, java.util.function.Supplier<DataSource> fresh) {}

  /**
   * What one load took and left.
   *
   * @param rows the rows in every table after the load
   * @param nanos the time spent loading
   * @param digests per table, its row count and a digest of its content in a fixed order
   */
  record Run(long rows, long nanos, Map<String, String> digests) {
    double rowsPerSecond() {
      return rows / (nanos / 1e9);
    }
  }

  /**
   * @param args {@code city} (default), {@code small}, or a number of units for a city of that many units shaped as
   *     the city's (40 posts, 5 points a post); then optionally the databases, e.g. {@code h2,mariadb}
   */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "city" : args[0]);
    List<String> wanted = args.length > 1 ? List.of(args[1].split(",")) : List.of("h2", "postgresql", "mariadb");
    Generated city = Generated.of(City.of(2010, scale));
    System.out.println("city: " + city.city().totals().toText().replace('\n', ' '));
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (Target t : targets()) {
      if (!wanted.contains(t.name())) {
        continue;
      }
      Comparison c = compare(city, t, 3);
      ratios.put(t.name(), c.ratio());
      System.out.printf(Locale.ROOT, "%-10s adapter %,d rows in %.1f s = %,.0f rows/s; raw %,d rows in %.1f s = %,.0f "
          + "rows/s; ratio %.2f (medians of %d alternating rounds; same content: %s)%n", t.name(),
          c.adapter().rows(), c.adapter().nanos() / 1e9, c.adapter().rowsPerSecond(), c.raw().rows(),
          c.raw().nanos() / 1e9, c.raw().rowsPerSecond(), c.ratio(), c.rounds(), c.sameContent());
    }
    StringBuilder summary = new StringBuilder("jdbc-bench");
    ratios.forEach((db, r) -> summary.append(' ').append(db).append('=').append(String.format(Locale.ROOT, "%.2f", r)));
    System.out.println(summary);
    System.exit(0);
  }

  /**
   * The databases measured on: H2 in files (each load's in a directory of its own, deleted when the next load
   * begins), and PostgreSQL and MariaDB started from Maven artifacts.
   *
   * @return the targets
   * @throws java.io.IOException if the H2 directory cannot be made
   */
  static List<Target> targets() throws java.io.IOException {
    Path h2 = Files.createTempDirectory("lianfang-bench-h2");
    int[] h2Runs = {0};
    return List.of(
        new Target("h2", Dialect.H2, () -> {
          // a city's H2 files take gigabytes: the run before, measured and closed, goes before the next begins
          deleteTree(h2.resolve("run" + (h2Runs[0] - 1)));
          return h2File(h2.resolve("run" + h2Runs[0]++));
        }),
        new Target("postgresql", Dialect.POSTGRESQL, () -> TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL)),
        new Target("mariadb", Dialect.MYSQL, () -> TestDatabases.fresh(TestDatabases.Kind.MARIADB)));
  }

  /**
   * What a benchmark of one database found.
   *
   * @param adapter the median run through the adapter
   * @param raw the median run through raw JDBC
   * @param rounds how many measured rounds each
   * @param sameContent whether the two paths left identical content in every table
   */
  record Comparison(Run adapter, Run raw, int rounds, boolean sameContent) {
    double ratio() {
      return adapter.rowsPerSecond() / raw.rowsPerSecond();
    }
  }

  /**
   * Loads the city through both paths, each on a fresh database over one reused connection per thread: once each to
   * warm up (a city of at most 100 units), then {@code rounds} times each in alternating order, and keeps each path's
   * median. The content of every table
   * after an adapter load and after a raw load must be identical, or this throws.
   */
  static Comparison compare(Generated city, Target t, int rounds) throws SQLException {
    Scale scale = city.city().scale();
    Generated warmUp = scale.units() <= 100 ? city
        : Generated.of(City.of(city.city().seed(), scale.withUnits(100)));
    load(warmUp, t, true);
    load(warmUp, t, false);
    List<Run> adapter = new ArrayList<>();
    List<Run> raw = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      boolean adapterFirst = i % 2 == 0;
      (adapterFirst ? adapter : raw).add(load(city, t, adapterFirst));
      (adapterFirst ? raw : adapter).add(load(city, t, !adapterFirst));
    }
    Run a = Medians.of(adapter, Run::nanos);
    Run r = Medians.of(raw, Run::nanos);
    if (!a.digests().equals(r.digests())) {
      throw new IllegalStateException(t.name() + ": the two paths wrote different content: adapter " + a.digests()
          + " raw " + r.digests());
    }
    return new Comparison(a, r, rounds, true);
  }

  private static Run load(Generated city, Target t, boolean throughAdapter) throws SQLException {
    DataSource fresh = t.fresh().get();
    JdbcSchema.install(fresh, t.dialect());
    try (OneConnection.PerThread connections = new OneConnection.PerThread(fresh)) {
      DataSource ds = connections.dataSource();
      Connection one = connections.mine();
      long nanos;
      if (throughAdapter) {
        nanos = restore(city, JdbcStore.of(ds, t.dialect()));
      } else {
        RawJdbcLoader loader = new RawJdbcLoader(ds, t.dialect());
        long start = System.nanoTime();
        for (UnitBatch b : city.units()) {
          loader.load(b);
        }
        nanos = System.nanoTime() - start;
      }
      return measured(one, nanos);
    }
  }

  /**
   * Restores the city through the import command (issue 10, finding 1: a bulk load is a restore), as a discipline
   * inspector of the city, in steps ({@link ImportMode#RESTORE_IN_STEPS}: each unit committed once checked, as the
   * raw loader commits each unit).
   *
   * @return the time the restore took
   */
  static long restore(Generated generated, JdbcStore store) {
    City city = generated.city();
    Lianfang lianfang = Lianfang.builder(store).build();
    Actor inspector = Actor.of("inspector", "市纪委", List.of(Role.DISCIPLINE_INSPECTOR),
        List.of(city.unit(0).unit().id()));
    long start = System.nanoTime();
    ImportResult result = lianfang.ledger().imports().run(inspector, ImportMode.RESTORE_IN_STEPS, sink -> {
      for (UnitBatch b : generated.units()) {
        section(sink, b);
      }
      return Optional.empty();
    }).orElseThrow();
    long took = System.nanoTime() - start;
    wroteAll(result, city);
    return took;
  }

  /**
   * Hands a generated unit to an import as a ledger document's section: the unit's records, then its journal.
   *
   * @param sink the import's
   * @param b the unit
   */
  static void section(ArchiveSink sink, UnitBatch b) {
    String at = "/units/" + b.unit().code();
    sink.section(b.unit(), b.byKind(), at);
    for (int i = 0; i < b.journal().size(); i++) {
      sink.entry(b.journal().get(i), at + "/journal/" + i);
    }
    sink.endSection();
  }

  /**
   * @param result what a restore of the city wrote
   * @param city the city
   * @throws IllegalStateException unless it wrote every journal entry of the city
   */
  static void wroteAll(ImportResult result, City city) {
    if (result.entries() != city.totals().journalEntries()) {
      throw new IllegalStateException("the restore wrote " + result.entries() + " entries, not "
          + city.totals().journalEntries());
    }
  }

  static Run measured(Connection c, long nanos) throws SQLException {
    Map<String, String> digests = new LinkedHashMap<>();
    long rows = 0;
    try (Statement st = c.createStatement()) {
      for (String table : TABLES) {
        java.security.MessageDigest sha;
        try {
          sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException(e);
        }
        long n = 0;
        int columns;
        try (ResultSet meta = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
          columns = meta.getMetaData().getColumnCount();
        }
        StringBuilder order = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          order.append(i == 1 ? "" : ", ").append(i);
        }
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
          while (rs.next()) {
            n++;
            for (int i = 1; i <= columns; i++) {
              String v = rs.getString(i);
              sha.update((v == null ? "\u0000NULL" : v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
              sha.update((byte) 31);
            }
          }
        }
        digests.put(table, n + ":" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        rows += n;
      }
    }
    return new Run(rows, nanos, digests);
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
