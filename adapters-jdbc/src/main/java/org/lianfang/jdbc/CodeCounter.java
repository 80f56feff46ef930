package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.ledger.ChainHead;

/**
 * The numbers of a unit's generated codes, kept in the row of the unit's journal head (V005: a column per kind of
 * record, {@code lf_journal_head.risk_point_number}): taking a number moves one row, whatever the size of the unit
 * (issue 9), and it is the row every command of the unit locks and moves anyway. One statement increments the number,
 * locks the row until the command ends and reads the head with it ({@code UPDATE … RETURNING} on PostgreSQL, H2's
 * {@code FINAL TABLE}; MySQL and MariaDB take a read, the update and a read); the head so read is remembered as locked
 * ({@link JdbcJournal.LockedHead}), so the append that follows reads it no more. A second command numbering in the same
 * unit waits for the first to end and takes the next number; a rollback gives the number back.
 *
 * <p>Records restored into a unit (from a ledger, a bulk load) move its number past theirs ({@link #follow}). A head
 * whose number is null (a new chain's head, one from before schema version 5) takes its first number once from the
 * records: one more than the largest of their count, the largest number their codes end in (issue 10, finding 9:
 * records imported or loaded in bulk may hold any numbers) and the last number taken before the unit had a head; the
 * number is then kept in the head. A unit without a head (numbered through the port
 * before its chain starts) keeps its numbers in V004's {@code lf_code_counter}.
 */
final class CodeCounter {
  /** What taking a number touches: writes held back for other tables need not be sent before it. */
  private static final Set<String> HEAD = Set.of("lf_journal_head");
  private final JdbcStoreCore store;
  private final String series;
  private final String column;
  private final String codesStatement;
  private final ToLongFunction<String> number;

  /**
   * @param store the store
   * @param series the series in {@code lf_code_counter}, for units without a head ("risk_point")
   * @param column the column of {@code lf_journal_head} that holds the last number taken ("risk_point_number")
   * @param table the table of the records numbered, with {@code unit_id} and {@code code} columns
   * @param number the number a record's code ends in, 0 if none
   */
  CodeCounter(JdbcStoreCore store, String series, String column, String table, ToLongFunction<String> number) {
    this.store = store;
    this.series = series;
    this.column = column;
    this.codesStatement = "SELECT code FROM " + table + " WHERE unit_id = ?";
    this.number = number;
  }

  /** @param unit a unit's id @return the number taken */
  long next(UUID unit) {
    if (!store.inTransaction()) { // the head's lock must hold from the number's read to its write
      return store.jdbcTransactions().inTransaction(() -> next(unit));
    }
    String what = "number the next code of " + column + " in unit " + unit;
    long taken;
    if (store.holdsWrites()) { // a command's transaction on PostgreSQL: the writes held for other tables stay held
      taken = store.readOnly(what, HEAD, c -> take(c, unit));
    } else { // the caller's transaction, the writes sent as they come
      taken = written(what, c -> take(c, unit));
    }
    if (taken > 0) {
      return taken;
    }
    // after every held write is sent, so that the records a held insert adds are counted
    return written(what, c -> taken == NO_HEAD ? withoutHead(c, unit) : derive(c, unit));
  }

  /** What {@link #take} answers for a unit without a journal head. */
  private static final long NO_HEAD = -1;

  /**
   * Moves units' numbers past those of records restored into them (from a ledger, a bulk load: issue 10, finding 9),
   * in the head and, for a unit without one, in {@code lf_code_counter}; a number not yet known stays so, to be
   * derived from the records.
   *
   * @param c the connection of the transaction that inserts them
   * @param highest by unit, the largest number the restored records' codes end in
   */
  void follow(Connection c, Map<UUID, Long> highest) throws SQLException {
    List<Map.Entry<UUID, Long>> raised = highest.entrySet().stream().filter(e -> e.getValue() > 0).toList();
    Statements.batch(c, "UPDATE lf_journal_head SET " + column + " = ? WHERE unit_id = ? AND " + column + " < ?",
        raised, (ps, e) -> {
          ps.setLong(1, e.getValue());
          store.sql().uuid(ps, 2, e.getKey());
          ps.setLong(3, e.getValue());
        });
    Statements.batch(c, "UPDATE lf_code_counter SET last_number = ? WHERE unit_id = ? AND series = ? "
        + "AND last_number < ?", raised, (ps, e) -> {
          ps.setLong(1, e.getValue());
          bind(ps, 2, e.getKey());
          ps.setLong(4, e.getValue());
        });
  }

  /** Increments and locks; @return the number, 0 if the head holds none yet, {@link #NO_HEAD} if there is none */
  private long take(Connection c, UUID unit) throws SQLException {
    String move = "UPDATE lf_journal_head SET " + column + " = " + column + " + 1 WHERE unit_id = ?";
    String read = "SELECT sequence, hash, " + column + " FROM ";
    Optional<Long> row = switch (store.dialect()) {
      case POSTGRESQL -> Statements.first(Statements.query(c, move + " RETURNING sequence, hash, " + column,
          ps -> store.sql().uuid(ps, 1, unit), rs -> remember(unit, rs)));
      case H2 -> Statements.first(Statements.query(c, read + "FINAL TABLE (" + move + ")",
          ps -> store.sql().uuid(ps, 1, unit), rs -> remember(unit, rs)));
      case MYSQL -> {
        // a missing row is not updated: locking it would take a gap lock that new units' first appends wait on
        String plain = read + "lf_journal_head WHERE unit_id = ?";
        if (Statements.query(c, plain, ps -> store.sql().uuid(ps, 1, unit), rs -> true).isEmpty()) {
          yield Optional.empty();
        }
        Statements.update(c, move, ps -> store.sql().uuid(ps, 1, unit));
        yield Statements.first(Statements.query(c, plain, ps -> store.sql().uuid(ps, 1, unit),
            rs -> remember(unit, rs)));
      }
    };
    return row.orElse(NO_HEAD);
  }

  /** Remembers the head of a row just locked; @return its number, 0 if null */
  private long remember(UUID unit, ResultSet rs) throws SQLException {
    UnitId id = new UnitId(unit);
    store.remembered().put(new JdbcJournal.LockedHead(id), new ChainHead(id, rs.getLong(1), rs.getString(2)));
    return rs.getLong(3); // 0 if null: numbers start at 1
  }

  /**
   * The first number a head holds (its row is locked already): one more than the records' count, the largest number
   * their codes end in and the last number taken before the unit had a head, kept in the head.
   */
  private long derive(Connection c, UUID unit) throws SQLException {
    long first = Math.max(inUse(c, unit), beforeHead(c, unit).orElse(0L)) + 1;
    if (Statements.update(c, "UPDATE lf_journal_head SET " + column + " = ? WHERE unit_id = ? AND " + column
        + " IS NULL", ps -> {
          ps.setLong(1, first);
          store.sql().uuid(ps, 2, unit);
        }) != 1) { // the row is locked since take: only a writer around the store gets here
      throw new StaleAggregateException("the code number " + column + " of unit " + unit, 0);
    }
    return first;
  }

  /**
   * A number in a unit without a journal head (numbered before its chain starts: a store used through its ports
   * alone), kept in {@code lf_code_counter} (V004): its row's update locks it, and its first number follows the
   * records; two commands that both try to create the row get a retryable conflict on its primary key.
   */
  private long withoutHead(Connection c, UUID unit) throws SQLException {
    String move = "UPDATE lf_code_counter SET last_number = last_number + 1 WHERE unit_id = ? AND series = ?";
    if (Statements.update(c, move, ps -> bind(ps, unit)) == 1) {
      return beforeHead(c, unit).orElseThrow();
    }
    long first = inUse(c, unit) + 1;
    Statements.update(c, "INSERT INTO lf_code_counter (unit_id, series, last_number) VALUES (?, ?, ?)", ps -> {
      bind(ps, unit);
      ps.setLong(3, first);
    });
    return first;
  }

  private Optional<Long> beforeHead(Connection c, UUID unit) throws SQLException {
    return Statements.first(Statements.query(c, "SELECT last_number FROM lf_code_counter WHERE unit_id = ? "
        + "AND series = ?" + latest(), ps -> bind(ps, unit), rs -> rs.getLong(1)));
  }

  /**
   * On MySQL and MariaDB a plain read in a transaction reads its snapshot, which may be older than the lock the
   * transaction waited for (a bulk load that added points and then released the head): a locking read reads what is
   * committed. PostgreSQL and H2 read what is committed when the statement starts.
   */
  private String latest() {
    return store.dialect() == Dialect.MYSQL ? " LOCK IN SHARE MODE" : "";
  }

  /** @return the larger of the count of the unit's records and the largest number their codes end in */
  private long inUse(Connection c, UUID unit) throws SQLException {
    long[] inUse = new long[2];
    Statements.query(c, codesStatement + latest(), ps -> store.sql().uuid(ps, 1, unit), rs -> {
      inUse[0]++;
      inUse[1] = Math.max(inUse[1], number.applyAsLong(rs.getString(1)));
      return null;
    });
    return Math.max(inUse[0], inUse[1]);
  }

  private void bind(PreparedStatement ps, UUID unit) throws SQLException {
    bind(ps, 1, unit);
  }

  private void bind(PreparedStatement ps, int k, UUID unit) throws SQLException {
    store.sql().uuid(ps, k, unit);
    ps.setString(k + 1, series);
  }

  private long written(String what, Statements.Work<Long> work) {
    long[] result = new long[1];
    store.write(what, c -> {
      result[0] = work.apply(c);
      return null;
    });
    return result[0];
  }
}
