package org.lianfang.jdbc;

import com.google.common.collect.Lists;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lianfang.Aggregate;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Statements;

/**
 * Reads the records of many units a few statements at a time ({@link org.lianfang.spi.Repository#inUnits}, issue 11):
 * {@value #PER_STATEMENT} units a statement, named in {@code unit_id IN (…)}, each record then given to its unit.
 */
final class InUnits {
  /**
   * The most units one statement names, here and wherever the store names units in an {@code IN} list (the public
   * page's keys, a restore's parent check): with five conditions naming each, far below every database's limit.
   */
  static final int PER_STATEMENT = 500;

  private InUnits() {}

  /** Reads the records of the units a condition names. */
  @FunctionalInterface
  interface Reader<T> {
    /**
     * @param condition {@code unit_id IN (?, …)}, a parameter per unit
     * @param units the units it names, in the order of its parameters
     * @return their records, in id order
     * @throws SQLException if the database fails
     */
    List<T> read(String condition, List<UUID> units) throws SQLException;
  }

  /**
   * @param units units, maybe repeated
   * @param reader reads a statement's worth of them
   * @param <T> the records
   * @return each unit's records in the order read, by unit in the order first asked, every unit a key
   * @throws SQLException if the database fails
   */
  static <T extends Aggregate<?>> Map<UnitId, List<T>> read(Collection<UnitId> units, Reader<T> reader)
      throws SQLException {
    Map<UnitId, List<T>> found = new LinkedHashMap<>();
    units.forEach(u -> found.putIfAbsent(u, new ArrayList<>()));
    List<UUID> ids = found.keySet().stream().map(UnitId::value).toList();
    for (List<UUID> chunk : Lists.partition(ids, PER_STATEMENT)) {
      for (T record : reader.read("unit_id" + in(chunk.size()), chunk)) {
        found.get(record.unitId()).add(record);
      }
    }
    found.replaceAll((u, records) -> List.copyOf(records));
    return found;
  }

  /**
   * The condition on a child table of the records whose main rows meet {@code where}: child rows carry their unit
   * (decision 9) and their record's id, so a unit's (or units') rows and one record's ({@link RecordUnits#byId})
   * are found by them directly, others through their main rows.
   *
   * @param where a condition on the main table, {@code unit_id …}, {@code idColumn = ?…} or another column's
   * @param table the main table
   * @param idColumn its id column, which the child rows name too
   * @return {@code " WHERE …"}, with the parameters of {@code where}
   */
  static String childrenOf(String where, String table, String idColumn) {
    return where.startsWith("unit_id ") || where.startsWith(idColumn + " = ?") ? " WHERE " + where
        : " WHERE " + idColumn + " IN (SELECT " + idColumn + " FROM " + table + " WHERE " + where + ")";
  }

  /** @param n one or more @return {@code IN (?, …)} with {@code n} parameters, after a space */
  static String in(int n) {
    return " IN (" + "?, ".repeat(n - 1) + "?)";
  }

  /** @param statement a statement, its parameters each a {@code ?} @return how many parameters it has */
  static int parameters(String statement) {
    return (int) statement.chars().filter(ch -> ch == '?').count();
  }

  /**
   * @param sql how ids are bound
   * @param statement the statement, its parameters each a {@code ?}
   * @param values ids
   * @return a binder giving a statement's parameters the ids in turn, from the first again after the last: for a
   *     statement whose conditions each name them all
   */
  static Statements.Binder cyclically(Sql sql, String statement, List<UUID> values) {
    return cyclically(sql, parameters(statement), values);
  }

  /**
   * {@link #cyclically(Sql, String, List)} for a statement whose parameters were counted once, ahead of its reads.
   *
   * @param sql how ids are bound
   * @param parameters how many parameters the statement has
   * @param values ids
   * @return the binder
   */
  static Statements.Binder cyclically(Sql sql, int parameters, List<UUID> values) {
    return ps -> {
      for (int k = 1; k <= parameters; k++) {
        sql.uuid(ps, k, values.get((k - 1) % values.size()));
      }
    };
  }
}
