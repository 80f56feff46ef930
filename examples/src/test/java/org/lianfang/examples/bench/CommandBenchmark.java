package org.lianfang.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.lianfang.application.Lianfang;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.DriverManagerDataSource;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.ledger.RecordVerification;
import org.lianfang.ledger.Verification;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The command benchmark (issue 9): one command per transaction, single thread, on one unit, through Lianfang's facade
 * on a {@link JdbcStore}, through hand-written JDBC that makes the same writes ({@link HandWrittenCommands}) and
 * through Hibernate ORM with JPA doing the same ({@link JpaCommands}), on H2 in a file
 * ({@code WRITE_DELAY=0;QUERY_CACHE_SIZE=64}, the settings of {@link JdbcStore#embedded}) and PostgreSQL, MariaDB on
 * request. Two commands: identifying a risk point on a post of the unit, then grading the points identified (a draft
 * may be graded, so nothing else comes between).
 *
 * <p>A run, on a fresh database over one reused connection ({@link OneConnection}) for each variant: the unit is
 * registered through the facade (not timed); 5,000 identifications warm up, 20,000 are timed; then the same 25,000
 * points are graded, the first 5,000 to warm up and the next 20,000 timed. The unit therefore grows from 5,000 to
 * 25,000 points while identification is timed, and the commands per second of the first thousand and the last
 * thousand timed commands show whether a command slows as its unit grows. The three variants run side by side, each
 * on a database of its own: each issues a block of 500 commands, then the next, the one that goes first changing
 * from block to block, so that all run under the same conditions on a shared machine (runs one after the other saw
 * the machine's speed drift by up to half between them). Three such rounds, on fresh databases each; the medians
 * count. After every round each database's content is summarized ({@link Content}: rows per table, the points,
 * sources and rules without ids and instants, the journal's events and payload size, the chain verified by Lianfang,
 * the points read back through the adapter) and the variants must leave the same, or the run stops.
 *
 * <p>Statements are counted apart from the timed runs, over a short run on a fresh database through
 * {@link StatementCounter}, so that the counting proxy does not slow what is timed.
 *
 * <p>Prints one line per run, then per database and command the commands per second of the variants and Lianfang's
 * ratios to the two baselines, the first and last thousand, and the statements, savepoint calls and commits per
 * command; then a line {@code command-bench-jpa h2=1.02 postgresql=1.10} (Lianfang ÷ Hibernate/JPA, the lower of
 * identify and grade per database) and last a line of exactly this form (Lianfang ÷ hand-written, likewise):
 * {@code command-bench h2=0.74 postgresql=0.71}.
 *
 * <p>Run: {@code mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.CommandBenchmark -Dexec.args="full h2,postgresql"} ({@code small} for a
 * quick check of 50 + 200 commands; databases {@code h2}, {@code postgresql}, {@code mariadb}).
 */
public final class CommandBenchmark {
  private static final List<String> TABLES = List.of("lf_unit", "lf_post", "lf_official", "lf_tenure",
      "lf_power_item", "lf_power_item_post", "lf_risk_point", "lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment", "lf_risk_custom", "lf_journal", "lf_journal_head");
  private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

  private CommandBenchmark() {}

  /** The two commands measured. */
  enum Command {
    IDENTIFY,
    GRADE;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The ways of issuing them: through Lianfang and the two baselines. */
  enum Variant {
    LIANFANG("Lianfang"),
    HAND_WRITTEN("hand-written"),
    JPA("Hibernate/JPA");

    private final String label;

    Variant(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * How many commands a run issues.
   *
   * @param warmUp commands per command kind before the timed ones
   * @param timed commands per command kind timed
   * @param counted commands per command kind in the separate counted run
   */
  record Size(int warmUp, int timed, int counted) {
    static final Size FULL = new Size(5_000, 20_000, 200);
    static final Size SMALL = new Size(50, 200, 20);

    /** @return how many commands the first and last windows hold: a thousand, fewer for a small run */
    int window() {
      return Math.min(1_000, timed / 5);
    }

    /** @return how many commands one variant issues before the other takes its turn: a whole part of a window */
    int block() {
      return window() / 2;
    }
  }

  /** One command of each kind, issued as a variant issues it. */
  interface Commands {
    /** @param command what was found @return the new point */
    RiskPointId identify(IdentifyRiskPoint command);

    /** @param command the grade to give */
    void grade(GradeRiskPoint command);
  }

  /**
   * A fresh database and how to dispose of it.
   *
   * @param dataSource its connections
   * @param discard called when the run is over and its connection closed
   */
  record Database(DataSource dataSource, Runnable discard) {}

  /** One database product to measure on. */
  record Target(String name, Dialect dialect, Supplier<Database> fresh) {}

  /**
   * The timing of one command kind in one run.
   *
   * @param commands the timed commands
   * @param nanos their time
   * @param window the commands in each of the first and last windows
   * @param firstNanos the time of the first window
   * @param lastNanos the time of the last window
   */
  record Timing(int commands, long nanos, int window, long firstNanos, long lastNanos) {
    double perSecond() {
      return commands / (nanos / 1e9);
    }

    double firstPerSecond() {
      return window / (firstNanos / 1e9);
    }

    double lastPerSecond() {
      return window / (lastNanos / 1e9);
    }
  }

  /**
   * What one run of one variant timed and left.
   *
   * @param identify the identifications' timing
   * @param grade the grades' timing
   * @param content what the database held afterwards
   */
  record Run(Timing identify, Timing grade, Content content) {
    Timing of(Command c) {
      return c == Command.IDENTIFY ? identify : grade;
    }
  }

  /**
   * What a run leaves, without the ids and instants that differ from run to run: equal for both variants when they
   * make the same writes.
   *
   * @param rows rows per table
   * @param points a digest of the points' other columns, in code order
   * @param onPostWithOwners how many points name the unit, its post and the owner chain
   * @param children a digest of the sources and the fired rules, by point code and position
   * @param events the journal's entries per event type
   * @param payloadLength the journal's payloads' total length
   * @param verification Lianfang's verification of the unit's chain
   * @param records Lianfang's check of the unit's records against the digests their entries carry (issue 10)
   * @param readBack how many points Lianfang reads back through the adapter
   * @param readBackGraded how many of them carry a grade
   * @param readBackVersions their versions summed
   */
  record Content(Map<String, Long> rows, String points, long onPostWithOwners, String children,
      Map<String, Long> events, long payloadLength, Verification verification, RecordVerification records,
      long readBack, long readBackGraded, long readBackVersions) {}

  /**
   * What a comparison on one database found.
   *
   * @param rounds per variant, each round's run
   * @param counts per variant and command, what one command issued on average in the counted run
   */
  record Comparison(Map<Variant, List<Run>> rounds, Map<Variant, Map<Command, PerCommand>> counts) {
    List<Run> runs(Variant v) {
      return rounds.get(v);
    }

    /** @return the median over the rounds of commands per second */
    double median(Variant v, Command c, java.util.function.ToDoubleFunction<Timing> figure) {
      double[] values = runs(v).stream().map(r -> r.of(c)).mapToDouble(figure).sorted().toArray();
      return values[values.length / 2];
    }

    /** @return Lianfang's median commands per second ÷ the baseline's */
    double ratio(Command c, Variant baseline) {
      return median(Variant.LIANFANG, c, Timing::perSecond) / median(baseline, c, Timing::perSecond);
    }

    /** @return the lower ratio to the baseline of the two commands */
    double lowerRatio(Variant baseline) {
      return Math.min(ratio(Command.IDENTIFY, baseline), ratio(Command.GRADE, baseline));
    }
  }

  /**
   * What one command issued on average.
   *
   * @param executed statement executions (a batch counts once)
   * @param prepared statements prepared or created
   * @param savepoints savepoints set, released or rolled back to
   * @param commits commits
   */
  record PerCommand(double executed, double prepared, double savepoints, double commits) {
    static PerCommand of(StatementCounter.Counts c, int commands) {
      return new PerCommand((double) c.executed() / commands, (double) c.prepared() / commands,
          (double) c.savepoints() / commands, (double) c.commits() / commands);
    }
  }

  /**
   * @param args {@code full} (default) or {@code small}; then optionally the databases, e.g. {@code h2,postgresql}
   *     (the default) or {@code h2,postgresql,mariadb}
   * @throws Exception if a database fails
   */
  public static void main(String[] args) throws Exception {
    Size size = args.length > 0 && args[0].equals("small") ? Size.SMALL : Size.FULL;
    List<String> wanted = args.length > 1 ? List.of(args[1].split(",")) : List.of("h2", "postgresql");
    System.out.printf(Locale.ROOT, "command-bench: %,d timed commands after %,d warm-up per variant and command, "
        + "3 rounds side by side in blocks of %,d, statements counted over %,d more%n", size.timed(), size.warmUp(),
        size.block(), size.counted());
    Map<String, Double> ratios = new LinkedHashMap<>();
    Map<String, Double> toJpa = new LinkedHashMap<>();
    for (Target t : targets()) {
      if (!wanted.contains(t.name())) {
        continue;
      }
      Comparison c = compare(t, size, 3, System.out);
      report(t.name(), c, size, System.out);
      ratios.put(t.name(), c.lowerRatio(Variant.HAND_WRITTEN));
      toJpa.put(t.name(), c.lowerRatio(Variant.JPA));
    }
    System.out.println(summary("command-bench-jpa", toJpa));
    System.out.println(summary("command-bench", ratios));
    System.exit(0);
  }

  /**
   * @param label the line's first word: {@code command-bench} for the ratios to the hand-written JDBC, the last line,
   *     {@code command-bench-jpa} for those to Hibernate/JPA, printed before it
   * @param ratios per database, the lower of Lianfang ÷ the baseline over the two commands
   * @return a line such as {@code command-bench h2=0.74 postgresql=0.71}
   */
  static String summary(String label, Map<String, Double> ratios) {
    StringBuilder line = new StringBuilder(label);
    ratios.forEach((db, r) -> line.append(' ').append(db).append('=').append(String.format(Locale.ROOT, "%.2f", r)));
    return line.toString();
  }

  /**
   * The databases: H2 in files under a temporary directory (deleted after each run), PostgreSQL and MariaDB started
   * from Maven artifacts by {@link TestDatabases}, a new database on the running server for each run.
   *
   * @return the targets
   * @throws IOException if the H2 directory cannot be made
   */
  static List<Target> targets() throws IOException {
    Path h2 = Files.createTempDirectory("lianfang-command-bench-h2");
    h2.toFile().deleteOnExit();
    int[] h2Runs = {0};
    Properties sa = new Properties();
    sa.setProperty("user", "sa");
    sa.setProperty("password", "");
    return List.of(
        new Target("h2", Dialect.H2, () -> {
          Path dir = h2.resolve("run" + h2Runs[0]++);
          String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench") + ";WRITE_DELAY=0;"
              + "QUERY_CACHE_SIZE=64";
          return new Database(new DriverManagerDataSource(url, sa), () -> deleteTree(dir));
        }),
        new Target("postgresql", Dialect.POSTGRESQL,
            () -> new Database(TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL), () -> { })),
        new Target("mariadb", Dialect.MYSQL,
            () -> new Database(TestDatabases.fresh(TestDatabases.Kind.MARIADB), () -> { })));
  }

  /**
   * Runs both variants {@code rounds} times side by side ({@link #sideBySide}), on fresh databases, and counts their
   * statements in a separate run of each. The content both leave must be the same, or this throws.
   *
   * @param t the database
   * @param size the commands per run
   * @param rounds how many rounds
   * @param progress where a line per run is printed
   * @return the runs and counts
   * @throws SQLException if a database fails
   */
  static Comparison compare(Target t, Size size, int rounds, java.io.PrintStream progress) throws Exception {
    Map<Variant, List<Run>> runs = new EnumMap<>(Variant.class);
    for (Variant v : Variant.values()) {
      runs.put(v, new ArrayList<>());
    }
    for (int i = 0; i < rounds; i++) {
      List<Variant> order = rotated(List.of(Variant.values()), i);
      Map<Variant, Run> round = sideBySide(t, size, order);
      for (Variant v : order) {
        Run r = round.get(v);
        runs.get(v).add(r);
        progress.printf(Locale.ROOT, "%-10s round %d %-13s identify %,7.0f/s (first %,d %,7.0f/s, last %,7.0f/s)"
            + "   grade %,7.0f/s (first %,7.0f/s, last %,7.0f/s)%n", t.name(), i + 1, v.label(),
            r.identify().perSecond(), r.identify().window(), r.identify().firstPerSecond(),
            r.identify().lastPerSecond(), r.grade().perSecond(), r.grade().firstPerSecond(),
            r.grade().lastPerSecond());
      }
    }
    Content expected = runs.get(Variant.LIANFANG).get(0).content();
    for (Run r : runs.values().stream().flatMap(List::stream).toList()) {
      if (!r.content().equals(expected)) {
        throw new IllegalStateException(t.name() + ": the runs left different content:\n  " + expected + "\n  "
            + r.content());
      }
    }
    Map<Variant, Map<Command, PerCommand>> counts = new LinkedHashMap<>();
    for (Variant v : Variant.values()) {
      counts.put(v, counted(t, size.counted(), v));
    }
    return new Comparison(runs, counts);
  }

  /** The unit registered through the facade on a fresh database, and the variant ready to issue commands. */
  private static final class Session implements AutoCloseable {
    final Database db;
    final Dialect dialect;
    final Connection one;
    final Lianfang lianfang;
    final BenchUnit unit;
    final Commands commands;
    private final AutoCloseable closes;

    Session(Target t, DataSource counted, Database db, Variant v) throws SQLException {
      this.db = db;
      this.dialect = t.dialect();
      DataSource base = counted == null ? db.dataSource() : counted;
      this.one = base.getConnection();
      DataSource ds = OneConnection.over(base, one);
      this.lianfang = Lianfang.builder(JdbcStore.of(ds, t.dialect())).clock(CLOCK).random(new Random(42)).build();
      this.unit = BenchUnit.register(lianfang);
      AutoCloseable closes = () -> { };
      if (v == Variant.LIANFANG) {
        commands = new Commands() {
          @Override
          public RiskPointId identify(IdentifyRiskPoint command) {
            return lianfang.risks().identify(unit.leader(), command).orElseThrow();
          }

          @Override
          public void grade(GradeRiskPoint command) {
            lianfang.risks().grade(unit.leader(), command).orElseThrow();
          }
        };
      } else if (v == Variant.HAND_WRITTEN) {
        commands = new HandWrittenCommands(one, t.dialect(), CLOCK, unit.unit(), unit.leader().id(),
            SeedGradingPolicy.standard());
      } else {
        JpaCommands jpa = new JpaCommands(one, ds, t.dialect(), CLOCK, unit.unit(), unit.leader().id(),
            SeedGradingPolicy.standard());
        commands = jpa;
        closes = jpa;
      }
      this.closes = closes;
    }

    @Override
    public void close() throws Exception {
      try {
        closes.close();
        if (!one.getAutoCommit()) {
          one.rollback();
          one.setAutoCommit(true);
        }
        one.close();
      } finally {
        db.discard().run();
      }
    }
  }

  /**
   * One round: every variant, each on a fresh database of its own, side by side: every command of the warm-up and the
   * timed run is issued by one variant and then by the others in blocks ({@link Size#block()}), the variant that goes
   * first changing from block to block ({@link #rotated}). On a shared machine whose speed drifts by tens of percent
   * within minutes, the variants then run under the same conditions, which runs one after the other did not.
   * Identify, then grade the points identified.
   */
  static Map<Variant, Run> sideBySide(Target t, Size size, List<Variant> order) throws Exception {
    Map<Variant, Session> sessions = new EnumMap<>(Variant.class);
    try {
      for (Variant v : order) {
        Database db = t.fresh().get();
        JdbcSchema.install(db.dataSource(), t.dialect());
        sessions.put(v, new Session(t, null, db, v));
      }
      Map<Variant, List<RiskPointId>> points = new EnumMap<>(Variant.class);
      sessions.keySet().forEach(v -> points.put(v, new ArrayList<>(size.warmUp() + size.timed())));
      Map<Variant, Timing> identify = timed(size, order, (v, i) -> points.get(v).add(
          sessions.get(v).commands.identify(sessions.get(v).unit.identification(i))));
      Map<Variant, Timing> grade = timed(size, order, (v, i) -> sessions.get(v).commands.grade(
          BenchUnit.grade(i, points.get(v).get(i))));
      Map<Variant, Run> runs = new EnumMap<>(Variant.class);
      for (Variant v : sessions.keySet()) {
        runs.put(v, new Run(identify.get(v), grade.get(v), content(sessions.get(v))));
      }
      return runs;
    } finally {
      for (Session session : sessions.values()) {
        session.close();
      }
    }
  }

  /** A command of a variant, by its number in the run. */
  @FunctionalInterface
  private interface Issue {
    void issue(Variant v, int i);
  }

  /**
   * Warms the variants up and times them, block by block in turn; each variant's time is the sum of its own blocks,
   * and its first and last windows are its first and last timed commands.
   */
  private static Map<Variant, Timing> timed(Size size, List<Variant> order, Issue command) {
    int block = size.block();
    for (int from = 0, b = 0; from < size.warmUp(); from += block, b++) {
      for (Variant v : rotated(order, b)) {
        for (int i = from; i < Math.min(size.warmUp(), from + block); i++) {
          command.issue(v, i);
        }
      }
    }
    int window = size.window();
    int timed = size.timed();
    Map<Variant, long[]> nanos = new EnumMap<>(Variant.class); // total, first window, last window
    order.forEach(v -> nanos.put(v, new long[3]));
    for (int from = 0, b = 0; from < timed; from += block, b++) {
      for (Variant v : rotated(order, b)) {
        int to = Math.min(timed, from + block);
        long start = System.nanoTime();
        for (int j = from; j < to; j++) {
          command.issue(v, size.warmUp() + j);
        }
        long took = System.nanoTime() - start;
        long[] n = nanos.get(v);
        n[0] += took;
        n[1] += to <= window ? took : 0;
        n[2] += from >= timed - window ? took : 0;
      }
    }
    Map<Variant, Timing> out = new EnumMap<>(Variant.class);
    nanos.forEach((v, n) -> out.put(v, new Timing(timed, n[0], window, n[1], n[2])));
    return out;
  }

  /** @return the variants in the order they take their turns the {@code by}-th time: each goes first in turn */
  private static List<Variant> rotated(List<Variant> order, int by) {
    List<Variant> out = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      out.add(order.get((by + i) % order.size()));
    }
    return out;
  }

  /** A short run on a fresh database through a {@link StatementCounter}: what one command issues on average. */
  static Map<Command, PerCommand> counted(Target t, int commands, Variant v) throws Exception {
    Database db = t.fresh().get();
    JdbcSchema.install(db.dataSource(), t.dialect());
    StatementCounter counter = StatementCounter.over(db.dataSource());
    try (Session s = new Session(t, counter.dataSource(), db, v)) {
      Map<Command, PerCommand> counts = new LinkedHashMap<>();
      List<RiskPointId> points = new ArrayList<>(commands);
      StatementCounter.Counts before = counter.counts();
      for (int i = 0; i < commands; i++) {
        points.add(s.commands.identify(s.unit.identification(i)));
      }
      counts.put(Command.IDENTIFY, PerCommand.of(counter.counts().since(before), commands));
      before = counter.counts();
      for (int i = 0; i < commands; i++) {
        s.commands.grade(BenchUnit.grade(i, points.get(i)));
      }
      counts.put(Command.GRADE, PerCommand.of(counter.counts().since(before), commands));
      return counts;
    }
  }

  /** Summarizes what a run left; reads through plain SQL and, for the chain and the read-back, through Lianfang. */
  private static Content content(Session s) throws SQLException {
    Connection c = s.one;
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Statement st = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          rows.put(table, rs.getLong(1));
        }
      }
    }
    String points = digest(c, "SELECT code, category, description, manifestation, method, channel, state, "
        + "g_probability, g_harm, g_major_matter, g_common_problem, g_level, g_policy_name, g_policy_version, "
        + "g_policy_parameters, g_by, g_stale, identified_by, version, step_process_id, step_code, power_item_id, "
        + "n_audience, n_scope, n_start, n_end, c_decided_by, c_decided_on, c_recorded_by, c_recorded_at "
        + "FROM lf_risk_point ORDER BY code");
    long onPost;
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM lf_risk_point WHERE unit_id = ? "
        + "AND post_id = ? AND owner_direct = ? AND owner_head = ? AND owner_leader = ?")) {
      bindIds(ps, s);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        onPost = rs.getLong(1);
      }
    }
    String children = digest(c, "SELECT p.code, x.ordinal, x.kind, x.description FROM lf_risk_source x "
        + "JOIN lf_risk_point p ON p.risk_point_id = x.risk_point_id ORDER BY p.code, x.ordinal")
        + " " + digest(c, "SELECT p.code, x.ordinal, x.code, x.result, x.zh, x.en FROM lf_risk_rule x "
        + "JOIN lf_risk_point p ON p.risk_point_id = x.risk_point_id ORDER BY p.code, x.ordinal");
    Map<String, Long> events = new TreeMap<>();
    long payload;
    try (Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT event_type, COUNT(*) FROM lf_journal GROUP BY event_type")) {
        while (rs.next()) {
          events.put(rs.getString(1), rs.getLong(2));
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT SUM(LENGTH(payload)) FROM lf_journal")) {
        rs.next();
        payload = rs.getLong(1);
      }
    }
    Verification v = s.lianfang.ledger().queries().verifyJournal(s.unit.inspector(), s.unit.unit()).orElseThrow();
    RecordVerification r = s.lianfang.ledger().queries().verifyRecords(s.unit.inspector(), s.unit.unit())
        .orElseThrow();
    List<RiskPoint> read = s.lianfang.risks().queries().riskPoints(s.unit.inspector(), s.unit.unit());
    return new Content(rows, points, onPost, children, events, payload, v, r, read.size(),
        read.stream().filter(p -> p.grading().isPresent()).count(), read.stream().mapToLong(RiskPoint::version).sum());
  }

  private static void bindIds(PreparedStatement ps, Session s) throws SQLException {
    java.util.UUID[] ids = {s.unit.unit().value(), s.unit.post().value(), s.unit.owners().directOwner().value(),
        s.unit.owners().sectionHead().value(), s.unit.owners().responsibleLeader().value()};
    for (int i = 0; i < ids.length; i++) {
      if (s.dialect == Dialect.MYSQL) {
        ps.setString(i + 1, ids[i].toString());
      } else {
        ps.setObject(i + 1, ids[i]);
      }
    }
  }

  private static String digest(Connection c, String query) throws SQLException {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long n = 0;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        n++;
        for (int i = 1; i <= columns; i++) {
          String value = rs.getString(i);
          sha.update((value == null ? "\u0000NULL" : value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update((byte) 31);
        }
      }
    }
    return n + ":" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  /** Prints, for each command, the medians, the ratios, the first and last windows and the counts per command. */
  static void report(String db, Comparison c, Size size, java.io.PrintStream out) {
    int rounds = c.runs(Variant.LIANFANG).size();
    for (Command cmd : Command.values()) {
      out.printf(Locale.ROOT, "%-10s %-8s Lianfang %,7.0f/s   hand-written %,7.0f/s   Hibernate/JPA %,7.0f/s   "
          + "ratio %.2f to hand-written, %.2f to Hibernate/JPA   (medians of %d rounds side by side, %,d commands "
          + "after %,d warm-up)%n", db, cmd.word(), c.median(Variant.LIANFANG, cmd, Timing::perSecond),
          c.median(Variant.HAND_WRITTEN, cmd, Timing::perSecond), c.median(Variant.JPA, cmd, Timing::perSecond),
          c.ratio(cmd, Variant.HAND_WRITTEN), c.ratio(cmd, Variant.JPA), rounds, size.timed(), size.warmUp());
      for (Variant v : Variant.values()) {
        double first = c.median(v, cmd, Timing::firstPerSecond);
        double last = c.median(v, cmd, Timing::lastPerSecond);
        PerCommand n = c.counts().get(v).get(cmd);
        int window = c.runs(v).get(0).of(cmd).window();
        out.printf(Locale.ROOT, "%-10s %-8s   %-13s first %,d %,7.0f/s, last %,d %,7.0f/s (last ÷ first %.2f);"
            + " per command %.1f executed, %.1f prepared, %.1f savepoint calls, %.1f commits%n", db, cmd.word(),
            v.label(), window, first, window, last, last / first, n.executed(), n.prepared(), n.savepoints(),
            n.commits());
      }
    }
    out.printf("%-10s same content after every run: %s%n", db, c.runs(Variant.LIANFANG).get(0).content());
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
