package org.lianfang.jdbc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases.Kind;

class TestDatabasesTest {
  /** Characters outside the BMP (4 bytes in UTF-8: utf8mb3 would reject them) and SQL metacharacters. */
  private static final String AWKWARD = "𠮷野家😀廉政风险'\";--\\";

  @ParameterizedTest
  @EnumSource(Kind.class)
  void four_byte_utf8_and_sql_metacharacters_round_trip_unchanged(Kind kind) throws SQLException {
    DataSource db = TestDatabases.fresh(kind);
    try (Connection c = db.getConnection()) {
      update(c, "CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(200) NOT NULL)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO note (id, body) VALUES (?, ?)")) {
        insert.setInt(1, 1);
        insert.setString(2, AWKWARD);
        assertEquals(1, insert.executeUpdate());
      }
      try (PreparedStatement select = c.prepareStatement("SELECT body FROM note WHERE body = ?")) {
        select.setString(1, AWKWARD);
        try (ResultSet rs = select.executeQuery()) {
          assertTrue(rs.next(), "the row is found by its own value");
          assertEquals(AWKWARD, rs.getString(1));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void two_fresh_databases_share_nothing(Kind kind) throws SQLException {
    DataSource first = TestDatabases.fresh(kind);
    DataSource second = TestDatabases.fresh(kind);
    assertNotEquals(first.toString(), second.toString());
    try (Connection a = first.getConnection(); Connection b = second.getConnection()) {
      update(a, "CREATE TABLE probe (id INT PRIMARY KEY)");
      update(a, "INSERT INTO probe (id) VALUES (1)");
      // would fail if the table were visible here
      update(b, "CREATE TABLE probe (id INT PRIMARY KEY)");
      assertEquals(0, count(b, "probe"));
      assertEquals(1, count(a, "probe"));
    }
  }

  @Test
  void postgresql_is_17_with_utf8() throws SQLException {
    try (Connection c = TestDatabases.fresh(Kind.POSTGRESQL).getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      assertEquals("PostgreSQL", meta.getDatabaseProductName());
      assertEquals(17, meta.getDatabaseMajorVersion());
      assertTrue(meta.getDatabaseProductVersion().startsWith("17.5"), meta.getDatabaseProductVersion());
      assertEquals("UTF8", single(c, "SHOW server_encoding"));
    }
  }

  @Test
  void mariadb_is_10_11_with_utf8mb4_bin() throws SQLException {
    try (Connection c = TestDatabases.fresh(Kind.MARIADB).getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      assertEquals(10, meta.getDatabaseMajorVersion());
      assertEquals(11, meta.getDatabaseMinorVersion());
      assertTrue(meta.getDatabaseProductVersion().contains("MariaDB"), meta.getDatabaseProductVersion());
      assertEquals("utf8mb4", single(c, "SELECT @@character_set_database"));
      assertEquals("utf8mb4_bin", single(c, "SELECT @@collation_database"));
    }
  }

  @Test
  void h2_is_2_5() throws SQLException {
    try (Connection c = TestDatabases.fresh(Kind.H2).getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      assertEquals("H2", meta.getDatabaseProductName());
      assertTrue(meta.getDatabaseProductVersion().startsWith("2.5.252"), meta.getDatabaseProductVersion());
    }
  }

  private static void update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static int count(Connection c, String table) throws SQLException {
    return Integer.parseInt(single(c, "SELECT COUNT(*) FROM " + table));
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }
}
