package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Deferred;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.ledger.ChainHead;

/**
 * The numbers of a unit's generated codes, one series per kind of record, in {@code lf_code_counter} (V004): taking a
 * number moves one row, whatever the size of the unit (issue 9). The row's update locks it until the command ends, so
 * a second command numbering in the same unit waits and takes the next number; a unit's first number follows the
 * larger of the count of the records it already holds and the largest number their codes end in (issue 10, finding
 * 9: records imported or loaded in bulk may hold any numbers), read once, and two commands that both try to create its row get a retryable conflict on its
 * primary key.
 */
final class CodeCounter {
  private final JdbcStoreCore store;
  private final String series;
  private final String codesStatement;
  private final java.util.function.ToLongFunction<String> number;

  /**
   * @param store the store
   * @param series the series, one per kind ("risk_point")
   * @param table the table of the records numbered, with {@code unit_id} and {@code code} columns
   * @param number the number a record's code ends in, 0 if none
   */
  CodeCounter(JdbcStoreCore store, String series, String table, java.util.function.ToLongFunction<String> number) {
    this.store = store;
    this.series = series;
    this.codesStatement = "SELECT code FROM " + table + " WHERE unit_id = ?";
    this.number = number;
  }

  /** @param unit a unit's id @return the number taken */
  long next(UUID unit) {
    if (store.holdsWrites()) {
      Optional<Long> held = takeHeld(unit);
      if (held.isPresent()) {
        return held.get();
      }
    }
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
    long[] inUse = new long[2]; // the count and the highest number, read once per unit
    Statements.query(c, codesStatement, ps -> store.sql().uuid(ps, 1, unit), rs -> {
      inUse[0]++;
      inUse[1] = Math.max(inUse[1], number.applyAsLong(rs.getString(1)));
      return null;
    });
    long first = Math.max(inUse[0], inUse[1]) + 1;
    Statements.update(c, "INSERT INTO lf_code_counter (unit_id, series, last_number) VALUES (?, ?, ?)", ps -> {
      bind(ps, unit);
      ps.setLong(3, first);
    });
    return first;
  }

  /**
   * In a PostgreSQL command's transaction (issue 9), one statement locks the counter's row and the unit's journal
   * head, which the command is about to move anyway ({@code FOR UPDATE} of both: a second command waiting for the lock
   * then reads the counter as the first left it, where a lock of the head alone would re-read the head but not the
   * counter, and take the same number). The counter comes first in {@code FROM}, so PostgreSQL locks it first, in
   * the order of {@link #take} followed by an append (a transaction that holds no writes: a nested call, a template
   * adoption), which would otherwise deadlock with this one. The head is then remembered as locked
   * ({@link JdbcJournal.LockedHead}), so appending reads it no more, and the counter's move is held back to go with
   * the command's other writes, checked against the number read; a writer that moves the counter otherwise makes it
   * fail as a retryable conflict.
   * The first number a transaction takes in a unit only: a second one, or a unit without a head or a counter row yet,
   * takes the path of {@link #take}.
   *
   * @return the number, or empty if this path does not apply
   */
  private Optional<Long> takeHeld(UUID unit) {
    UnitId unitId = new UnitId(unit);
    Counted key = new Counted(series, unitId);
    if (store.remembered().containsKey(key)) {
      return Optional.empty();
    }
    Optional<long[]> read = store.readOnly("number the next code of " + series + " in unit " + unit, LOCKED,
        c -> Statements.first(Statements.query(c, "SELECT h.sequence, h.hash, c.last_number FROM lf_code_counter c "
            + "JOIN lf_journal_head h ON h.unit_id = c.unit_id WHERE c.unit_id = ? AND c.series = ? FOR UPDATE",
            ps -> bind(ps, unit), rs -> {
              store.remembered().putIfAbsent(new JdbcJournal.LockedHead(unitId),
                  new ChainHead(unitId, rs.getLong(1), rs.getString(2)));
              return new long[] {rs.getLong(3)};
            })));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    long last = read.get()[0];
    store.remembered().put(key, last + 1);
    store.defer(new Deferred("number the next code of " + series + " in unit " + unit, List.of(new Deferred.Part(
        "lf_code_counter", "UPDATE lf_code_counter SET last_number = ? WHERE unit_id = ? AND series = ? "
            + "AND last_number = ?", (ps, k) -> {
              ps.setLong(k, last + 1);
              bind(ps, k + 1, unit);
              ps.setLong(k + 3, last);
              return k + 4;
            }, rows -> rows == 1 ? Optional.empty() : Optional.of(new StaleAggregateException("the code counter "
                + series + " of unit " + unit, last)))), x -> Optional.empty()));
    return Optional.of(last + 1);
  }

  /** The key under which a transaction remembers that it took a number of a series in a unit by {@link #takeHeld}. */
  private record Counted(String series, UnitId unit) {}

  /** What {@link #takeHeld} reads: held writes to other tables need not be sent before it. */
  private static final Set<String> LOCKED = Set.of("lf_journal_head", "lf_code_counter");

  private void bind(PreparedStatement ps, int k, UUID unit) throws SQLException {
    store.sql().uuid(ps, k, unit);
    ps.setString(k + 1, series);
  }

  private void bind(PreparedStatement ps, UUID unit) throws SQLException {
    store.sql().uuid(ps, 1, unit);
    ps.setString(2, series);
  }
}
