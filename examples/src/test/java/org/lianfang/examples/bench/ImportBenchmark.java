package org.lianfang.examples.bench;

import com.google.common.collect.Iterables;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.control.ControlMeasure;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.examples.city.Totals;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.json.ImportReport;
import org.lianfang.json.LedgerImport;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPoint;

/**
 * The import benchmark (issue 16): a city's ledger document imported into an empty PostgreSQL through the adapter
 * ({@link LedgerImport#restoreInSteps}: the document streamed, every unit checked by the import command and written by
 * the store's bulk path, with no lookup per record, a unit a transaction) ÷ in the same run the same file parsed by
 * the hand-written Jackson streaming reader ({@link RawJsonLedger}, no databind, no check) and its rows inserted by
 * hand-written JDBC batches ({@link RawJdbcLoader}, a unit a transaction). Both read the same file from
 * {@code target/import-bench/} (from the page cache after the first read) into a fresh database of the same server
 * over one reused connection per thread; each runs once on a city of at most 100 units to warm up, then the rounds
 * alternate which path goes first and the medians count. The two must leave identical content in every table (a
 * digest over all rows and columns, as the JDBC benchmark's), or the run stops. Prints records per second of each
 * path, the ratio, the database's size on disk ({@code pg_database_size}) and the heap's peak, and last {@code
 * import-bench city=…} (adapter ÷ raw; the goal ≥ 0.7).
 *
 * <p>The adapter's restore in steps hashes each unit's records and commits on threads of its own while its reader
 * goes on with the next unit (issue 11, {@code ImportDigests}), as the JDBC benchmark's restore does; the raw path
 * parses and inserts on one thread. The ratio is the whole adapter as a host runs it, overlap included, against the
 * simplest raw load. With one round the adapter goes first. The heap's peak is taken over the adapter's loads alone
 * (the heap pools' peaks, reset before each and summed: an upper bound, as they need not peak at once).
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx3g mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.ImportBenchmark -Dexec.args=city} ({@code small}, or a number of
 * units, for a quick check; then optionally the number of rounds).
 */
public final class ImportBenchmark {
  private ImportBenchmark() {}

  /**
   * What one import took and left.
   *
   * @param run the rows and content it left, and the time it took
   * @param records the records and journal entries it imported
   * @param diskBytes the database's size after it
   * @param peakHeapBytes the heap pools' peaks during it, summed
   */
  record Load(JdbcBenchmark.Run run, long records, long diskBytes, long peakHeapBytes) {
    double recordsPerSecond() {
      return records / (run.nanos() / 1e9);
    }
  }

  /**
   * The medians of both paths.
   *
   * @param adapter the adapter's median import
   * @param raw the raw path's median import
   * @param rounds how many measured rounds each
   */
  record Comparison(Load adapter, Load raw, int rounds) {
    double ratio() {
      return adapter.recordsPerSecond() / raw.recordsPerSecond();
    }
  }

  /**
   * @param args {@code city} (default), {@code small}, or a number of units shaped as the city's; then optionally the
   *     number of measured rounds (default 3)
   */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "city" : args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(ImportBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
        .resolve("import-bench");
    Files.createDirectories(dir);
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "JVM %s, max heap %d MiB, %d processors%n", System.getProperty("java.version"),
        rt.maxMemory() >> 20, rt.availableProcessors());
    City city = City.of(2010, scale);
    out.println("city: " + city.totals().toText().replace('\n', ' ').trim());
    Comparison c = compare(city, dir, rounds);
    out.printf(Locale.ROOT, "adapter: %,d records and entries (%,d rows) in %.1f s = %,.0f records/s; raw: %,d in "
        + "%.1f s = %,.0f records/s; ratio %.2f (medians of %d alternating rounds; same content in every table: yes)"
        + "%n", c.adapter().records(), c.adapter().run().rows(), c.adapter().run().nanos() / 1e9,
        c.adapter().recordsPerSecond(), c.raw().records(), c.raw().run().nanos() / 1e9, c.raw().recordsPerSecond(),
        c.ratio(), c.rounds());
    out.printf(Locale.ROOT, "disk: %.0f MB after the adapter's import, %.0f MB after the raw one (pg_database_size); "
        + "heap during the adapter's import: the pools' peaks summed %d MiB (an upper bound), max %d MiB (%s)%n",
        c.adapter().diskBytes() / 1e6, c.raw().diskBytes() / 1e6, c.adapter().peakHeapBytes() >> 20,
        rt.maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getVmName());
    out.printf(Locale.ROOT, "import-bench city=%.2f%n", c.ratio());
    System.exit(0);
  }

  /**
   * Writes the city's document, warms both paths up, then imports it {@code rounds} times through each, alternating.
   *
   * @param city the city
   * @param dir where the document is written (and deleted after)
   * @param rounds measured rounds of each path
   * @return the medians
   * @throws IllegalStateException if the two paths left different content
   */
  static Comparison compare(City city, Path dir, int rounds) throws IOException, SQLException {
    Path file = dir.resolve("ledger.json");
    Path warmFile = dir.resolve("warm-up.json");
    Scale scale = city.scale();
    try {
      write(city, file);
      long records = records(city);
      if (scale.units() > 100) {
        City warm = City.of(city.seed(), scale.withUnits(100));
        write(warm, warmFile);
        load(warm, warmFile, records(warm), true);
        load(warm, warmFile, records(warm), false);
      } else {
        load(city, file, records, true);
        load(city, file, records, false);
      }
      List<Load> adapter = new ArrayList<>();
      List<Load> raw = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        boolean adapterFirst = i % 2 == 0;
        (adapterFirst ? adapter : raw).add(load(city, file, records, adapterFirst));
        (adapterFirst ? raw : adapter).add(load(city, file, records, !adapterFirst));
      }
      Map<String, String> first = adapter.get(0).run().digests();
      for (Load l : Iterables.concat(adapter, raw)) {
        if (!l.run().digests().equals(first)) {
          throw new IllegalStateException("the imports wrote different content: " + first + " and "
              + l.run().digests());
        }
      }
      return new Comparison(Medians.of(adapter, l -> l.run().nanos()), Medians.of(raw, l -> l.run().nanos()), rounds);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(warmFile);
    }
  }

  /** @return the city's records and journal entries, from its totals (not generated again) */
  private static long records(City city) {
    Totals t = city.totals();
    return t.units() + t.posts() + t.officials() + t.tenures() + t.powerItems() + t.riskPoints()
        + t.controlMeasures() + t.journalEntries();
  }

  private static void write(City city, Path file) throws IOException {
    try (OutputStream f = Files.newOutputStream(file)) {
      JsonBenchmark.export(city, city.unit(0).unit().id(), true, new JsonBenchmark.Counting(f));
    }
  }

  /** Imports the file into a fresh PostgreSQL database through one path; the time covers the whole read and write. */
  private static Load load(City city, Path file, long records, boolean throughAdapter)
      throws IOException, SQLException {
    DataSource fresh = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    JdbcSchema.install(fresh, Dialect.POSTGRESQL);
    try (OneConnection.PerThread connections = new OneConnection.PerThread(fresh);
        InputStream in = Files.newInputStream(file)) {
      DataSource ds = connections.dataSource();
      long nanos;
      JsonBenchmark.resetPeaks();
      if (throughAdapter) {
        Lianfang lianfang = Lianfang.builder(JdbcStore.of(ds, Dialect.POSTGRESQL)).build();
        UnitId root = city.unit(0).unit().id();
        Actor inspector = Actor.of("inspector", "市纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of(root));
        long start = System.nanoTime();
        ImportReport report = LedgerImport.into(lianfang).restoreInSteps(inspector, in).orElseThrow();
        nanos = System.nanoTime() - start;
        if (report.written().journalEntries() + report.written().records() != records) {
          throw new IllegalStateException("the import wrote " + report.written() + ", not " + records);
        }
      } else {
        RawJdbcLoader loader = new RawJdbcLoader(ds, Dialect.POSTGRESQL);
        long start = System.nanoTime();
        Batches batches = new Batches(loader);
        RawJsonLedger.read(in, batches);
        batches.flush();
        nanos = System.nanoTime() - start;
      }
      long peak = JsonBenchmark.peakHeap();
      Connection one = connections.mine();
      return new Load(JdbcBenchmark.measured(one, nanos), records, size(one), peak);
    }
  }

  static long size(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Gathers what the raw reader parses into a unit's batch, and loads each unit once the next begins. */
  private static final class Batches implements RawJsonLedger.Sink {
    private final RawJdbcLoader loader;
    private Unit unit;
    private final List<Post> posts = new ArrayList<>();
    private final List<Official> officials = new ArrayList<>();
    private final List<Tenure> tenures = new ArrayList<>();
    private final List<PowerItem> powers = new ArrayList<>();
    private final List<RiskPoint> points = new ArrayList<>();
    private final List<ControlMeasure> measures = new ArrayList<>();
    private final List<JournalEntry> journal = new ArrayList<>();

    Batches(RawJdbcLoader loader) {
      this.loader = loader;
    }

    @Override
    public void record(Object record) {
      if (record instanceof Unit u) {
        flush();
        unit = u;
      } else if (record instanceof Post p) {
        posts.add(p);
      } else if (record instanceof Official o) {
        officials.add(o);
      } else if (record instanceof Tenure t) {
        tenures.add(t);
      } else if (record instanceof PowerItem i) {
        powers.add(i);
      } else if (record instanceof RiskPoint r) {
        points.add(r);
      } else if (record instanceof ControlMeasure m) {
        measures.add(m);
      } else {
        throw new IllegalStateException("the city holds no " + record.getClass().getSimpleName());
      }
    }

    @Override
    public void journalEntry(JournalEntry entry) {
      journal.add(entry);
    }

    /** Loads the unit gathered, if any. */
    void flush() {
      if (unit == null) {
        return;
      }
      try {
        loader.load(new UnitBatch(unit, posts, officials, tenures, powers, points, measures, journal));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      unit = null;
      for (List<?> l : List.of(posts, officials, tenures, powers, points, measures, journal)) {
        l.clear();
      }
    }
  }
}
