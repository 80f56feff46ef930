package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Binding and reading values the same way for every table: UUIDs natively where the database has the type, as text
 * on MySQL; instants as epoch milliseconds; days as DATE; an absent value as NULL, never as an empty string; enum sets
 * as comma-separated names, NULL when empty.
 */
final class Sql {
  /**
   * Each ASCII character's value as a hex digit, -1 if it is none: a table, since {@code Character.digit} looks the
   * character up in Unicode's tables, 7 % of eval-bench's client time on a city's UUIDs (profiled, issue 13).
   */
  private static final byte[] HEX_DIGITS = new byte[128];

  static {
    java.util.Arrays.fill(HEX_DIGITS, (byte) -1);
    for (int i = 0; i < 10; i++) {
      HEX_DIGITS['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      HEX_DIGITS['a' + i] = (byte) (10 + i);
      HEX_DIGITS['A' + i] = (byte) (10 + i);
    }
  }

  private final Dialect dialect;

  Sql(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  void uuid(PreparedStatement ps, int i, UUID value) throws SQLException {
    if (value == null) {
      ps.setNull(i, dialect == Dialect.MYSQL ? Types.CHAR : Types.OTHER);
    } else if (dialect == Dialect.MYSQL) {
      ps.setString(i, value.toString());
    } else {
      ps.setObject(i, value);
    }
  }

  /**
   * @param columns a select's columns, as {@code "a, b, c"}, read first in its rows
   * @param name one of them
   * @return where it is in a row, from 1: hot reads read by position, not by name (issue 11)
   */
  static int column(String columns, String name) {
    int i = Arrays.asList(columns.split(", ")).indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("not a column of " + columns + ": " + name);
    }
    return i + 1;
  }

  UUID uuid(ResultSet rs, String column) throws SQLException {
    return uuid(rs, rs.findColumn(column));
  }

  /**
   * Reads a UUID by the column's position, as the hot reads read (issue 11). MySQL keeps it as text. PostgreSQL sends
   * it as text, or as its 16 bytes once the driver asks for binary: its bytes are read whole ({@link #uuid(byte[])}),
   * since the driver's {@code getObject} looks up the column's type on every call and then makes a string to parse,
   * together a sixth of Form 3's time on the client (profiled).
   */
  UUID uuid(ResultSet rs, int column) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      byte[] b = rs.getBytes(column);
      return b == null ? null : uuid(b);
    }
    if (dialect == Dialect.MYSQL) {
      String s = rs.getString(column);
      return s == null ? null : UUID.fromString(s);
    }
    return rs.getObject(column, UUID.class);
  }

  /**
   * @param b a UUID's 16 bytes, most significant first, or its text in ASCII
   * @return the UUID
   * @throws IllegalArgumentException if it is neither
   */
  static UUID uuid(byte[] b) {
    if (b.length == 16) {
      return new UUID(bits(b, 0), bits(b, 8));
    }
    if (b.length != 36 || b[8] != '-' || b[13] != '-' || b[18] != '-' || b[23] != '-') {
      return UUID.fromString(new String(b, java.nio.charset.StandardCharsets.US_ASCII));
    }
    return new UUID(hex(b, 0, 8) << 32 | hex(b, 9, 13) << 16 | hex(b, 14, 18), hex(b, 19, 23) << 48 | hex(b, 24, 36));
  }

  private static long bits(byte[] b, int from) {
    long v = 0;
    for (int i = from; i < from + 8; i++) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }

  private static long hex(byte[] b, int from, int to) {
    long v = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] < 0 ? -1 : HEX_DIGITS[b[i]];
      if (d < 0) {
        throw new IllegalArgumentException("not a UUID: " + new String(b, java.nio.charset.StandardCharsets.US_ASCII));
      }
      v = v << 4 | d;
    }
    return v;
  }


  static void text(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  /** A required text that may be empty: NULL (as Oracle-compatible modes store '') reads back as "". */
  static String requiredText(ResultSet rs, String column) throws SQLException {
    return requiredText(rs, rs.findColumn(column));
  }

  static String requiredText(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? "" : s;
  }

  static void day(PreparedStatement ps, int i, LocalDate value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setObject(i, value);
    }
  }

  static LocalDate day(ResultSet rs, String column) throws SQLException {
    return day(rs, rs.findColumn(column));
  }

  static LocalDate day(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static void instant(PreparedStatement ps, int i, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, value.toEpochMilli());
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return instant(rs, rs.findColumn(column));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    long ms = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
  }

  static void bool(PreparedStatement ps, int i, Boolean value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.BOOLEAN);
    } else {
      ps.setBoolean(i, value);
    }
  }

  static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean b = rs.getBoolean(column);
    return rs.wasNull() ? null : b;
  }

  static void integer(PreparedStatement ps, int i, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, value);
    }
  }

  static <E extends Enum<E>> String names(Collection<E> values) {
    return values.isEmpty() ? null
        : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
    if (text == null || text.isEmpty()) {
      return Set.of();
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    Arrays.stream(text.split(",")).forEach(n -> set.add(Enum.valueOf(type, n)));
    return Collections.unmodifiableSet(set);
  }

  static String uuids(Collection<UUID> values) {
    return values.isEmpty() ? null
        : values.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
  }

  static List<UUID> uuids(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<UUID> out = new ArrayList<>();
    Arrays.stream(text.split(",")).forEach(s -> out.add(UUID.fromString(s)));
    return out;
  }

  static void executeUpdate(Connection c, String sql) throws SQLException {
    try (var st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
