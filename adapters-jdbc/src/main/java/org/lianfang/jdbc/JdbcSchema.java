package org.lianfang.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Installs Lianfang's schema: plain SQL per dialect under {@code org/lianfang/jdbc/schema/<dialect>/}, named the Flyway
 * way ({@code V001__foundation.sql}), so a host may run them with its own Flyway or Liquibase instead. What this class
 * applied is recorded in {@code lf_schema_history}; applying again is a no-op. Thread-safe.
 *
 * <p>Versions: V001 to V003 built the first stage (identification); V004 lets commands read without scanning a unit and
 * V005 keeps a unit's code numbers in its journal head's row (issue 9); V006 lets the journal prove the records (each
 * entry's record id and digest, each comment's seal; issue 10), V007 gives each notice its audience (issue 10, finding
 * 11), V008 seals raisers and keeps a stale point's comments (findings 10 and 5) and V009 gives posts their sections
 * and published points an index for paged public reads (finding 13, bounded public reads); V010 records the archive's
 * digest in {@code lf_archive} (国密). From now on each later stage of the yearly loop adds its own migrations per
 * dialect, one for each step it lands in — {@code V011__control.sql} (control measures), {@code V012__education.sql}
 * (education), {@code V013__disclosure.sql} (power disclosure and secret items), {@code V014__commitment.sql} (service
 * commitments), {@code V015__warning.sql} (warnings), {@code V016__rectification.sql} (rectification items), {@code
 * V017__outbox.sql} (the outbox), {@code V018__due.sql} (the deadlines the tick watches), {@code V019__outbox_room.sql}
 * (room for claims in the outbox's pages), {@code V020__report.sql} (reports), {@code V021__supervision_case.sql}
 * (cases under electronic supervision), {@code V022__step_limit.sql} (a case step's own time limit), {@code
 * V023__monthly_check.sql} (monthly checks), {@code V024__special_inspection.sql} (special inspections and their
 * findings), {@code V025__self_check.sql} (half-year self-checks), {@code V026__appraisal.sql} (public appraisal
 * rounds), {@code V027__evaluation.sql} (annual evaluations), {@code V028__cycle.sql} (annual cycles), {@code
 * V029__register.sql} (the frozen registers of closed years), {@code V030__revision.sql} (the year's revision), {@code
 * V031__sharding_keys.sql} (every key with its unit, for a sharded cluster; list columns named {@code ordinal}) —
 * each holding the tables and changes its step needs; a script on main never changes, as a host's database may already
 * have applied it. The migrations are the scripts found in the dialects' folders ({@link #migrations()}), so a new one
 * is a new file per dialect and no edit here. The order is enforced: they must be numbered 1, 2, 3 … without gaps and
 * alike in every dialect, a migration is applied only after every lower one, and a database that has a higher version
 * but lacks a lower one (scripts run out of order around this class) is refused with nothing applied.
 */
public final class JdbcSchema {
  /** The migrations once found; a failure to find them is raised again on each call, not kept. */
  private static volatile List<Migration> found;
  /** Every script's file name: the version in three digits, two underscores, the description. */
  private static final Pattern SCRIPT = Pattern.compile("V(\\d{3})__([a-z0-9_]+)\\.sql");

  /**
   * Every migration, in order: the scripts under each dialect's folder, found when first asked for. A new schema
   * version is a new script in each dialect's folder (one per stage: {@code V011__control.sql}, …); a released script
   * never changes.
   *
   * @return the migrations, numbered from 1 without gaps
   * @throws JdbcException if the folders differ between dialects, hold a file not named like a script, have a gap,
   *     or cannot be listed (the class path is neither a folder nor a jar)
   */
  public static List<Migration> migrations() {
    List<Migration> m = found;
    if (m == null) { // two threads may both find them: the same list, no harm
      m = find(JdbcSchema.class.getClassLoader());
      found = m;
    }
    return m;
  }

  /**
   * One versioned script.
   *
   * @param version its number, from 1
   * @param description what it does, as in its file name: lower-case letters, digits and underscores
   */
  public record Migration(int version, String description) {
    /**
     * Checks the version and the description.
     *
     * @throws IllegalArgumentException if the version is below 1 or the description is not a file name's part
     */
    public Migration {
      if (version < 1) {
        throw new IllegalArgumentException("migration version must be 1 or more: " + version);
      }
      if (!Objects.requireNonNull(description, "description").matches("[a-z0-9_]+")) {
        throw new IllegalArgumentException("migration description must be lower-case letters, digits and "
            + "underscores, as in its file name: " + description);
      }
    }

    /** @param dialect a dialect @return the script's resource path */
    public String resource(Dialect dialect) {
      return "org/lianfang/jdbc/schema/" + dialect.folder() + "/" + String.format("V%03d__%s.sql", version,
          description);
    }
  }

  private JdbcSchema() {}

  /** @param loader where the scripts are @return the migrations their names give, checked */
  static List<Migration> find(ClassLoader loader) {
    List<Migration> first = null;
    for (Dialect dialect : Dialect.values()) {
      List<Migration> inFolder = new ArrayList<>();
      for (String name : scripts(loader, dialect)) {
        Matcher m = SCRIPT.matcher(name);
        if (!m.matches()) {
          throw new JdbcException("not a schema script's name (V001__words.sql) in " + dialect.folder() + ": "
              + name);
        }
        inFolder.add(new Migration(Integer.parseInt(m.group(1)), m.group(2)));
      }
      inFolder.sort(Comparator.comparingInt(Migration::version));
      try {
        requireNumberedInOrder(inFolder);
      } catch (IllegalArgumentException e) {
        throw new JdbcException("the schema scripts of " + dialect.folder() + " have a gap or a duplicate", e);
      }
      if (first != null && !first.equals(inFolder)) {
        throw new JdbcException("the schema scripts of " + dialect.folder() + " " + inFolder + " differ from those of "
            + Dialect.values()[0].folder() + " " + first);
      }
      first = inFolder;
    }
    return List.copyOf(first);
  }

  /** The file names in a dialect's folder, found beside its first script, in a folder or in a jar. */
  private static List<String> scripts(ClassLoader loader, Dialect dialect) {
    String first = new Migration(1, "foundation").resource(dialect);
    URL url = loader.getResource(first);
    if (url == null) {
      throw new JdbcException("schema script missing from the jar: " + first);
    }
    try {
      if (url.getProtocol().equals("file")) {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
          return files.map(f -> f.getFileName().toString()).toList();
        }
      }
      if (url.openConnection() instanceof JarURLConnection connection) {
        connection.setUseCaches(false); // a jar file of our own to close, not the one the class loader shares
        String folder = connection.getEntryName().substring(0, connection.getEntryName().lastIndexOf('/') + 1);
        try (JarFile jar = connection.getJarFile()) {
          return jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(folder))
              .map(n -> n.substring(folder.length())).filter(n -> !n.isEmpty() && n.indexOf('/') < 0).toList();
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new JdbcException("could not list the schema scripts beside " + url, e);
    }
    throw new JdbcException("cannot list the schema scripts beside " + url + ": the class path is neither a folder "
        + "nor a jar; run the scripts with the host's own Flyway or Liquibase");
  }

  /**
   * Applies the migrations the database has not had, in order, detecting the dialect.
   *
   * @param dataSource the database
   * @return the migrations applied now (empty if the schema was up to date)
   */
  public static List<Migration> install(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return install(c, Dialect.detect(c), migrations());
    } catch (SQLException e) {
      throw new JdbcException("could not install Lianfang's schema", e);
    }
  }

  /**
   * @param dataSource the database
   * @param dialect its dialect
   * @return the migrations applied now
   */
  public static List<Migration> install(DataSource dataSource, Dialect dialect) {
    try (Connection c = dataSource.getConnection()) {
      return install(c, dialect, migrations());
    } catch (SQLException e) {
      throw new JdbcException("could not install Lianfang's schema", e);
    }
  }

  /**
   * @param dataSource the database
   * @param dialect its dialect
   * @return the versions already installed
   */
  public static Set<Integer> installed(DataSource dataSource, Dialect dialect) {
    try (Connection c = dataSource.getConnection()) {
      return installed(c);
    } catch (SQLException e) {
      throw new JdbcException("could not read lf_schema_history", e);
    }
  }

  /** Applies {@code migrations}, a prefix of {@link #migrations()} in tests, in order. */
  static List<Migration> install(Connection c, Dialect dialect, List<Migration> migrations) throws SQLException {
    Objects.requireNonNull(dialect, "dialect");
    requireNumberedInOrder(migrations);
    boolean auto = c.getAutoCommit();
    try {
      c.setAutoCommit(true);
      createHistory(c, dialect);
      Set<Integer> done = installed(c);
      int highest = done.stream().mapToInt(Integer::intValue).max().orElse(0);
      List<Migration> applied = new ArrayList<>();
      for (Migration m : migrations) {
        if (done.contains(m.version())) {
          continue;
        }
        if (m.version() < highest) { // the first missing version comes before any is applied: nothing applied yet
          throw new JdbcException("schema version " + m.version() + " (" + m.description() + ") is missing but "
              + "version " + highest + " is installed: the scripts were run out of order around JdbcSchema; "
              + "nothing was applied now; restore the database or apply version " + m.version() + " by hand");
        }
        c.setAutoCommit(false);
        try {
          for (String statement : statements(read(m.resource(dialect)))) {
            Sql.executeUpdate(c, statement);
          }
          try (PreparedStatement ps = c.prepareStatement(
              "INSERT INTO lf_schema_history (version, description, installed_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setLong(3, Clock.systemUTC().millis());
            ps.executeUpdate();
          }
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw new JdbcException("schema version " + m.version() + " (" + m.description()
              + ") failed; on MySQL/MariaDB, DDL commits as it goes: drop the lf_ tables it left before retrying",
              e);
        }
        c.setAutoCommit(true);
        applied.add(m);
      }
      return applied;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** The versions must be 1, 2, 3 … in order: a list out of order or with a gap is a programming error. */
  private static void requireNumberedInOrder(List<Migration> migrations) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException("migrations must be numbered 1, 2, 3 … in order, without gaps: "
            + migrations);
      }
    }
  }

  private static void createHistory(Connection c, Dialect dialect) throws SQLException {
    String tail = dialect == Dialect.MYSQL ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "";
    Sql.executeUpdate(c, "CREATE TABLE IF NOT EXISTS lf_schema_history (version INT NOT NULL PRIMARY KEY, "
        + "description VARCHAR(200) NOT NULL, installed_at BIGINT NOT NULL)" + tail);
  }

  private static Set<Integer> installed(Connection c) throws SQLException {
    Set<Integer> out = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM lf_schema_history");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new JdbcException("schema script missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new JdbcException("could not read " + resource, e);
    }
  }

  /** Splits a script into statements: semicolons end statements at line ends; {@code --} lines are comments. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String s = current.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
