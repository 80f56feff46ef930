package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.StaleAggregateException;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.jdbc.testing.TestDatabases;

/**
 * Issue 10, finding 6: a database's error about a value (too long, a duplicate key) names the value in its message,
 * (H2 quotes a value too long for its column; all three quote a duplicate key), and a Lianfang exception keeps that
 * error as its cause, which a host logs with its stack trace. The message of such
 * a cause is withheld — the SQL state, vendor code and stack stay — so a sealed identity (P-11) never reaches a log
 * through the driver. Provoked on each database with a real statement.
 */
class DriverMessagesTest {
  private static final String SECRET = "举报人-SECRET-13800000000";

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding6AValueTooLongForItsColumnDoesNotReachTheLog(TestDatabases.Kind kind) throws Exception {
    SQLException refused = provoke(kind, false);
    assertTrue(refused.getSQLState().startsWith("22"), refused.getSQLState());
    RuntimeException translated = Statements.translate("insert a unit", refused);
    assertTrue(translated instanceof JdbcException, translated.toString());
    assertWithheld(translated, refused);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void finding6ADuplicateKeyDoesNotReachTheLogEither(TestDatabases.Kind kind) throws Exception {
    SQLException refused = provoke(kind, true);
    RuntimeException translated = Statements.translate("insert a unit", refused);
    assertTrue(translated instanceof StaleAggregateException, translated.toString());
    assertWithheld(translated, refused);
  }

  /**
   * @return the error of inserting a unit whose name is too long and holds the secret, or a second unit with the
   *     first one's code, the secret
   */
  private static SQLException provoke(TestDatabases.Kind kind, boolean duplicate) throws SQLException {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    try (Connection c = ds.getConnection()) {
      Dialect dialect = Dialect.detect(c);
      for (int i = 0; i < (duplicate ? 2 : 1); i++) {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO lf_unit (unit_id, code, name, kind, version) VALUES (?, ?, ?, 'CITY', 1)")) {
          UUID unit = UUID.randomUUID();
          if (dialect == Dialect.MYSQL) {
            ps.setString(1, unit.toString());
          } else {
            ps.setObject(1, unit);
          }
          ps.setString(2, duplicate ? SECRET : "U" + i);
          ps.setString(3, duplicate ? "昆明市" : SECRET + "廉".repeat(400));
          ps.executeUpdate();
        } catch (SQLException e) {
          if (duplicate || kind == TestDatabases.Kind.H2) { // PostgreSQL and MariaDB do not quote a long value
            assertTrue(e.getMessage().contains("SECRET"), "the driver's own message names the value: " + e);
          }
          return e;
        }
      }
    }
    throw new AssertionError("the database accepted the unit");
  }

  private static void assertWithheld(RuntimeException translated, SQLException original) {
    StringWriter log = new StringWriter();
    translated.printStackTrace(new PrintWriter(log));
    assertFalse(log.toString().contains("SECRET"), log.toString());
    SQLException cause = (SQLException) translated.getCause();
    assertEquals(original.getSQLState(), cause.getSQLState());
    assertEquals(original.getErrorCode(), cause.getErrorCode());
    assertTrue(cause.getMessage().contains(original.getClass().getName()), cause.getMessage());
  }
}
