package org.lianfang.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Installs Lianfang's schema: plain SQL per dialect under {@code org/lianfang/jdbc/schema/<dialect>/}, named the
 * Flyway way ({@code V001__foundation.sql}), so a host may run them with its own Flyway or Liquibase instead. What
 * this class applied is recorded in {@code lf_schema_history}; applying again is a no-op. Thread-safe.
 *
 * <p>Versions: V001 to V003 built the first stage (identification); V004 lets commands read without scanning a unit
 * (issue 9). From now on each later stage of the yearly loop adds exactly one migration per dialect —
 * {@code V005__control.sql}, then one for evaluation, one for revision —
 * holding all the tables and changes that stage needs; a released script never changes. The order is enforced:
 * {@link #MIGRATIONS} is numbered 1, 2, 3 … without gaps, a migration is applied only after every lower one, and a
 * database that has a higher version but lacks a lower one (scripts run out of order around this class) is refused
 * with nothing applied.
 */
public final class JdbcSchema {
  /**
   * Every migration, in order, numbered from 1 without gaps. A new schema version is a new entry here and a new script
   * under each dialect's folder (one per stage: {@code V005__control.sql}, …); a released script never changes.
   */
  public static final List<Migration> MIGRATIONS = List.of(new Migration(1, "foundation"),
      new Migration(2, "value_checks"), new Migration(3, "publish_word"), new Migration(4, "command_path"));

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

  /**
   * Applies the migrations the database has not had, in order, detecting the dialect.
   *
   * @param dataSource the database
   * @return the migrations applied now (empty if the schema was up to date)
   */
  public static List<Migration> install(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return install(c, Dialect.detect(c), MIGRATIONS);
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
      return install(c, dialect, MIGRATIONS);
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

  /** Applies {@code migrations}, a prefix of {@link #MIGRATIONS} in tests, in order. */
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
