package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.lianfang.jdbc.internal.Statements;

/**
 * The numbers of a unit's generated codes, one series per kind of record, in {@code lf_code_counter} (V004): taking a
 * number moves one row, whatever the size of the unit (issue 9). The row's update locks it until the command ends, so
 * a second command numbering in the same unit waits and takes the next number; a unit's first number counts the
 * records it already holds, once, and two commands that both try to create its row get a retryable conflict on its
 * primary key.
 */
final class CodeCounter {
  private final JdbcStoreCore store;
  private final String series;
  private final String countStatement;

  /**
   * @param store the store
   * @param series the series, one per kind ("risk_point")
   * @param table the table of the records numbered, with a {@code unit_id} column
   */
  CodeCounter(JdbcStoreCore store, String series, String table) {
    this.store = store;
    this.series = series;
    this.countStatement = "SELECT COUNT(*) FROM " + table + " WHERE unit_id = ?";
  }

  /** @param unit a unit's id @return the number taken */
  long next(UUID unit) {
    long[] taken = new long[1];
    store.write("number the next code of " + series + " in unit " + unit, c -> {
      taken[0] = take(c, unit);
      return null;
    });
    return taken[0];
  }

  private long take(Connection c, UUID unit) throws SQLException {
    String move = "UPDATE lf_code_counter SET last_number = last_number + 1 WHERE unit_id = ? AND series = ?";
    if (store.dialect() != Dialect.MYSQL) { // one statement: PostgreSQL's RETURNING, H2's data change delta table
      var moved = Statements.first(Statements.query(c, store.dialect() == Dialect.POSTGRESQL
          ? move + " RETURNING last_number" : "SELECT last_number FROM FINAL TABLE (" + move + ")",
          ps -> bind(ps, unit), rs -> rs.getLong(1)));
      if (moved.isPresent()) {
        return moved.get();
      }
    } else if (Statements.update(c, move, ps -> bind(ps, unit)) == 1) {
      return Statements.query(c, "SELECT last_number FROM lf_code_counter WHERE unit_id = ? AND series = ?",
          ps -> bind(ps, unit), rs -> rs.getLong(1)).get(0);
    }
    long first = Statements.query(c, countStatement, ps -> store.sql().uuid(ps, 1, unit), rs -> rs.getLong(1)).get(0)
        + 1;
    Statements.update(c, "INSERT INTO lf_code_counter (unit_id, series, last_number) VALUES (?, ?, ?)", ps -> {
      bind(ps, unit);
      ps.setLong(3, first);
    });
    return first;
  }

  private void bind(PreparedStatement ps, UUID unit) throws SQLException {
    store.sql().uuid(ps, 1, unit);
    ps.setString(2, series);
  }
}
