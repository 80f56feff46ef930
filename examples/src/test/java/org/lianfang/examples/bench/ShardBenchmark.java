package org.lianfang.examples.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.examples.city.City;
import org.lianfang.examples.city.Scale;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.DriverManagerDataSource;
import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.RiskPointId;

/**
 * The shard benchmark (issue 16): Lianfang on a sharded cluster — ShardingSphere-JDBC over three PostgreSQL servers,
 * every table by unit with the hosts' rule ({@link ShardedPostgres#pooled}) — against the same on one PostgreSQL
 * server, in one run, each database behind a HikariCP pool as a host's is. The servers are embedded ones started from
 * Maven artifacts on the one machine, so the cluster cannot be faster here: what the figures show is what
 * ShardingSphere's parsing, routing and merging cost, and whether writers on different units go on in parallel.
 *
 * <ul>
 *   <li><b>Load</b>: the generated city restored through the import command in steps ({@link JdbcBenchmark#restore},
 *       a unit a transaction), into the cluster emptied and into a fresh database of the one server; each once on a
 *       city of at most 100 units to warm up, then {@code rounds} times each, alternating, medians counted. After
 *       each load the rows of the main tables are counted (through ShardingSphere on the cluster) and must be the
 *       city's. {@code load=} is the cluster's rows per second ÷ the one server's.
 *   <li><b>Commands</b>: on an empty store of each, a city and bureaus registered (not timed) until each of the
 *       cluster's servers holds three, ordered a server at a time; then 1, 2, 4 and 8 writer threads, each on a bureau
 *       of its own, identify a risk point and grade it (two commands, each one transaction) as fast as they can for
 *       {@code seconds} seconds, the cluster and the one server in turn. Per count of writers: commands per second on
 *       the cluster and on the one server, their ratio, and each one's scaling over one writer (per-unit chains must
 *       not serialise writers of different units). Afterwards every bureau's journal must verify.
 * </ul>
 *
 * <p>Prints a line per figure and last {@code shard-bench load=… commands=…} (the cluster's commands per second with
 * 1, 2, 4 and 8 writers, then their ratios to the one server's). Run: {@code MAVEN_OPTS=-Xmx8g mvn -q -pl examples -am
 * test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.lianfang.examples.bench.ShardBenchmark
 * -Dexec.args="city 1 20"} (scale: {@code city}, {@code small} or a number of units; the load's rounds; the seconds
 * each count of writers runs).
 */
public final class ShardBenchmark {
  /** Writer threads, in the order measured. */
  static final List<Integer> WRITERS = List.of(1, 2, 4, 8);
  /** The connections each pool keeps: one per writer and one for the restore's commits. */
  private static final int POOL = 10;
  private static final List<String> COUNTED = List.of("lf_unit", "lf_post", "lf_official", "lf_risk_point",
      "lf_control_measure", "lf_journal");

  private ShardBenchmark() {}

  /**
   * One of the two databases.
   *
   * @param name how the lines name it
   * @param fresh gives an empty store, as a data source
   */
  record Target(String name, java.util.function.Supplier<DataSource> fresh) {}

  /**
   * What a load took and left.
   *
   * @param nanos the time it took
   * @param rows the rows of {@link #COUNTED}, by table
   */
  record Load(long nanos, Map<String, Long> rows) {
    long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    double rowsPerSecond() {
      return total() / (nanos / 1e9);
    }
  }

  /**
   * @param args the scale ({@code city}, {@code small} or a number of units shaped as the city's), the load's measured
   *     rounds (default 1), the seconds each count of writers runs (default 20)
   */
  public static void main(String[] args) throws Exception {
    Scale scale = Scale.named(args.length == 0 ? "city" : args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "JVM %s, max heap %d MiB, %d processors; %d PostgreSQL servers for the cluster, one more "
        + "for the one server%n", System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(), ShardedPostgres.SHARDS);
    JdbcBenchmark.Generated city = JdbcBenchmark.Generated.of(City.of(2010, scale));
    out.println("city: " + city.city().totals().toText().replace('\n', ' ').trim());
    HikariDataSource[] pool = new HikariDataSource[1];
    Target one = new Target("one server", () -> {
      if (pool[0] != null) {
        pool[0].close(); // the database before is done with
      }
      pool[0] = ShardedPostgres.pool((DriverManagerDataSource) installed(), POOL);
      return pool[0];
    });
    try (ShardedPostgres.Cluster cluster = ShardedPostgres.pooled(POOL)) {
      Target sharded = new Target("cluster", () -> {
        cluster.empty();
        return cluster.dataSource();
      });
      Load[] loads = loads(city, sharded, one, rounds);
      double load = loads[0].rowsPerSecond() / loads[1].rowsPerSecond();
      out.printf(Locale.ROOT, "load: cluster %,d rows in %.1f s = %,.0f rows/s; one server %,d rows in %.1f s = %,.0f "
          + "rows/s; ratio %.2f (medians of %d alternating rounds; the same rows: %s)%n", loads[0].total(),
          loads[0].nanos() / 1e9, loads[0].rowsPerSecond(), loads[1].total(), loads[1].nanos() / 1e9,
          loads[1].rowsPerSecond(), load, rounds, loads[0].rows());
      List<Map<Integer, Double>> rates = commands(sharded, one, seconds, out);
      Map<Integer, Double> onCluster = rates.get(0);
      Map<Integer, Double> onOne = rates.get(1);
      StringBuilder perSecond = new StringBuilder();
      StringBuilder ratios = new StringBuilder();
      for (int n : WRITERS) {
        double c = onCluster.get(n);
        double o = onOne.get(n);
        out.printf(Locale.ROOT, "commands, %d writer%s: cluster %,.0f/s (%.2f× one writer), one server %,.0f/s "
            + "(%.2f× one writer); ratio %.2f%n", n, n == 1 ? "" : "s", c, c / onCluster.get(1), o,
            o / onOne.get(1), c / o);
        perSecond.append(perSecond.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.0f", c));
        ratios.append(ratios.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.2f", c / o));
      }
      out.printf(Locale.ROOT, "shard-bench load=%.2f commands=%s/s (÷ one server %s; writers %s)%n", load, perSecond,
          ratios, WRITERS.stream().map(String::valueOf).reduce((a, b) -> a + "/" + b).orElseThrow());
    } finally {
      if (pool[0] != null) {
        pool[0].close();
      }
    }
    System.exit(0);
  }

  /** @return a fresh database of the one server, Lianfang's schema installed */
  static DataSource installed() {
    DataSource fresh = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    JdbcSchema.install(fresh);
    return fresh;
  }

  /**
   * Loads the city into both, warmed up first, alternating.
   *
   * @return the cluster's median load, then the one server's
   */
  static Load[] loads(JdbcBenchmark.Generated city, Target sharded, Target one, int rounds) throws SQLException {
    Scale scale = city.city().scale();
    JdbcBenchmark.Generated warm = scale.units() <= 100 ? city : JdbcBenchmark.Generated.of(City.of(
        city.city().seed(), scale.withUnits(100)));
    load(warm, sharded);
    load(warm, one);
    List<Load> a = new ArrayList<>();
    List<Load> b = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      if (i % 2 == 0) {
        a.add(load(city, sharded));
        b.add(load(city, one));
      } else {
        b.add(load(city, one));
        a.add(load(city, sharded));
      }
    }
    Load[] medians = {Medians.of(a, Load::nanos), Medians.of(b, Load::nanos)};
    if (!medians[0].rows().equals(medians[1].rows())) {
      throw new IllegalStateException("the loads left different rows: cluster " + medians[0].rows() + ", one server "
          + medians[1].rows());
    }
    return medians;
  }

  private static Load load(JdbcBenchmark.Generated city, Target t) throws SQLException {
    DataSource ds = t.fresh().get();
    long nanos = JdbcBenchmark.restore(city, JdbcStore.of(ds));
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String table : COUNTED) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) AS n FROM " + table)) {
          rs.next();
          rows.put(table, rs.getLong(1));
        }
      }
    }
    long units = city.city().unitCount();
    if (rows.get("lf_unit") != units) {
      throw new IllegalStateException(t.name() + ": " + rows.get("lf_unit") + " units after the load, not " + units);
    }
    return new Load(nanos, rows);
  }

  /**
   * Runs 1, 2, 4 and 8 writers on bureaus of their own of an empty store of each target, the two in turn (which goes
   * first alternating from one count of writers to the next). The bureaus are spread over the cluster's servers: the
   * first three on three servers, and so on, so that more writers reach more servers.
   *
   * @return commands per second by count of writers: the first target's, then the second's
   */
  static List<Map<Integer, Double>> commands(Target first, Target second, int seconds, PrintStream out)
      throws Exception {
    List<Lianfang> stores = List.of(Lianfang.builder(JdbcStore.of(first.fresh().get())).build(),
        Lianfang.builder(JdbcStore.of(second.fresh().get())).build());
    List<List<BenchUnit>> bureaus = new ArrayList<>();
    for (Lianfang l : stores) {
      List<BenchUnit> spread = spread(l);
      bureaus.add(spread);
      run(l, spread.subList(0, 2), Math.max(1, seconds / 4)); // warm-up, not counted
    }
    out.println("bureaus' servers on the cluster, in the writers' order: " + bureaus.get(0).stream()
        .map(b -> String.valueOf(ShardedPostgres.shardOf(b.unit().value()))).toList());
    List<Map<Integer, Double>> perSecond = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
    for (int i = 0; i < WRITERS.size(); i++) {
      int n = WRITERS.get(i);
      for (int k : i % 2 == 0 ? List.of(0, 1) : List.of(1, 0)) {
        perSecond.get(k).put(n, run(stores.get(k), bureaus.get(k).subList(0, n), seconds));
      }
    }
    for (int k = 0; k < 2; k++) {
      for (BenchUnit b : bureaus.get(k)) {
        if (!stores.get(k).ledger().queries().verifyJournal(b.inspector(), b.unit()).orElseThrow().intact()) {
          throw new IllegalStateException((k == 0 ? first : second).name() + ": the journal of " + b.unit()
              + " does not verify");
        }
      }
    }
    return perSecond;
  }

  /**
   * Registers a city and bureaus below it until each server of the cluster's rule holds enough of them for the most
   * writers, then orders them a server at a time, round and round.
   */
  private static List<BenchUnit> spread(Lianfang lianfang) {
    Actor root = Actor.of("inspector", "市纪委 王监察", List.of(Role.DISCIPLINE_INSPECTOR), List.of());
    UnitId city = lianfang.organization().registerUnit(root,
        new RegisterUnit("5301", "昆明市", UnitKind.CITY, java.util.Optional.empty())).orElseThrow();
    Actor inspector = Actor.of("inspector", "市纪委 王监察", List.of(Role.DISCIPLINE_INSPECTOR), List.of(city));
    int most = WRITERS.get(WRITERS.size() - 1);
    int each = (most + ShardedPostgres.SHARDS - 1) / ShardedPostgres.SHARDS;
    List<List<BenchUnit>> byServer = new ArrayList<>();
    for (int k = 0; k < ShardedPostgres.SHARDS; k++) {
      byServer.add(new ArrayList<>());
    }
    for (int i = 0; byServer.stream().anyMatch(l -> l.size() < each); i++) {
      BenchUnit b = BenchUnit.under(lianfang, inspector, city, "5301-B" + i, "第" + (i + 1) + "局", "leader-" + i,
          "第" + (i + 1) + "局 局长");
      byServer.get(ShardedPostgres.shardOf(b.unit().value())).add(b);
    }
    List<BenchUnit> spread = new ArrayList<>();
    for (int i = 0; spread.size() < most; i++) {
      spread.add(byServer.get(i % ShardedPostgres.SHARDS).get(i / ShardedPostgres.SHARDS));
    }
    return spread;
  }

  /**
   * @return the commands per second of one writer per bureau, each identifying and grading for the seconds given:
   *     all their commands over the longest writer's time (its last command ends after the seconds)
   */
  private static double run(Lianfang lianfang, List<BenchUnit> bureaus, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(bureaus.size());
    CyclicBarrier start = new CyclicBarrier(bureaus.size());
    try {
      List<Future<long[]>> done = new ArrayList<>();
      for (BenchUnit b : bureaus) {
        done.add(pool.submit(() -> {
          start.await();
          long from = System.nanoTime();
          long until = from + TimeUnit.SECONDS.toNanos(seconds);
          long commands = 0;
          for (int i = 0; System.nanoTime() < until; i++) {
            RiskPointId point = lianfang.risks().identify(b.leader(), b.identification(i)).orElseThrow();
            lianfang.risks().grade(b.leader(), BenchUnit.grade(i, point)).orElseThrow();
            commands += 2;
          }
          return new long[] {commands, System.nanoTime() - from};
        }));
      }
      long total = 0;
      long longest = 0;
      for (Future<long[]> f : done) {
        long[] r = f.get(seconds + 600L, TimeUnit.SECONDS);
        total += r[0];
        longest = Math.max(longest, r[1]);
      }
      return total / (longest / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }
}
