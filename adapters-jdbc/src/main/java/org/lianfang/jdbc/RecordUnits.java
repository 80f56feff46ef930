package org.lianfang.jdbc;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lianfang.Aggregate;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.Statements;

/**
 * The units of the records a store has inserted or read, for its reads by id to name them through ShardingSphere
 * (issue 16). The ports read a record by its id alone ({@code find(id)}), and an id is no sharding key: ShardingSphere
 * sends such a read to every server, and the command's transaction then begins and commits on all of them. Naming the
 * unit beside the id ({@code unit_id = ?}, on the main table and the child tables, which carry both) sends it to the
 * unit's server alone.
 *
 * <p>A record never moves between units ({@link Aggregate#unitId}, decision 9), so a unit remembered is the record's
 * for ever; still, it is taken as a hint: a read that names it and finds nothing is made again without it ({@link
 * #find}), so that a record this store inserted and then rolled back, or anything else not foreseen, costs a read and
 * never a record not found. Kept only through ShardingSphere (elsewhere reads by id need no unit), {@value #REMEMBERED}
 * records at most, the least recently used forgotten (about 150 bytes each: some 30 MB when full). A record another
 * node wrote, one from before a restart, or one restored in bulk (an import) is read from every server once, and
 * named after. Thread-safe.
 */
final class RecordUnits {
  /** How many records' units are remembered at most. */
  static final int REMEMBERED = 200_000;
  private final Cache<UUID, UnitId> units = CacheBuilder.newBuilder().maximumSize(REMEMBERED).build();
  private final JdbcStoreCore store;

  RecordUnits(JdbcStoreCore store) {
    this.store = store;
  }

  /**
   * @param c a connection of the store's
   * @param column the id's column, qualified as the statement needs ({@code i.power_item_id}); the unit's column is
   *     qualified alike
   * @param id the id
   * @return the condition on the id, naming the record's unit through ShardingSphere once it is known
   */
  ById byId(Connection c, String column, UUID id) {
    UnitId unit = store.throughShardingSphere(c) ? units.getIfPresent(id) : null;
    return new ById(column, id, Optional.ofNullable(unit));
  }

  /**
   * The units of records read by their ids together, for the read to name them as {@link #byId} names one.
   *
   * @param c a connection of the store's
   * @param ids the records' ids
   * @return their units, each once, through ShardingSphere when every one is known; else empty
   */
  Optional<List<UUID>> of(Connection c, List<UUID> ids) {
    if (!store.throughShardingSphere(c)) {
      return Optional.empty();
    }
    Set<UUID> found = new LinkedHashSet<>();
    for (UUID id : ids) {
      UnitId unit = units.getIfPresent(id);
      if (unit == null) {
        return Optional.empty();
      }
      found.add(unit.value());
    }
    return Optional.of(List.copyOf(found));
  }

  /**
   * Reads one record by its id through a repository's load of the records meeting a condition, naming its unit where
   * known, and without it if that found nothing; remembers its unit.
   *
   * @param what what is read, for an error
   * @param column the id's column, qualified as the load's statements need
   * @param id the id
   * @param load the repository's load: the condition applies to its main table and to its child tables, which name
   *     the id and the unit too
   * @param <A> the record
   * @return the record, if there is one
   */
  <A extends Aggregate<?>> Optional<A> find(String what, String column, UUID id, Load<A> load) {
    return seenIf(store.read(what, c -> {
      ById by = byId(c, column, id);
      Optional<A> found = Statements.first(load.load(c, by.condition(), by.values()));
      if (found.isEmpty() && by.namesUnit()) {
        ById alone = by.alone();
        found = Statements.first(load.load(c, alone.condition(), alone.values()));
      }
      return found;
    }));
  }

  /**
   * Remembers the unit of a record written or read, through ShardingSphere.
   *
   * @param record a record of the store's
   * @param <A> its kind
   * @return the record
   */
  <A extends Aggregate<?>> A seen(A record) {
    if (store.throughShardingSphere()) {
      units.put(record.id().value(), record.unitId());
    }
    return record;
  }

  /** @param found a record read, if any @param <A> its kind @return it, its unit remembered ({@link #seen}) */
  <A extends Aggregate<?>> Optional<A> seenIf(Optional<A> found) {
    found.ifPresent(this::seen);
    return found;
  }

  /**
   * A repository's load of the records meeting a condition.
   *
   * @param <A> the record
   */
  interface Load<A> {
    /**
     * @param c the connection
     * @param condition the condition, with one parameter per value
     * @param values the values, in the order of the parameters
     * @return the records
     * @throws SQLException if a query fails
     */
    List<A> load(Connection c, String condition, List<UUID> values) throws SQLException;
  }

  /**
   * A condition on a record's id, naming its unit too where known ({@link #byId}).
   *
   * @param column the id's column, qualified or not
   * @param id the id
   * @param unit the record's unit, if named
   */
  record ById(String column, UUID id, Optional<UnitId> unit) {
    /** @return {@code column = ?}, or {@code column = ? AND unit_id = ?}, the unit's column qualified as the id's */
    String condition() {
      return unit.isEmpty() ? column + " = ?"
          : column + " = ? AND " + column.substring(0, column.lastIndexOf('.') + 1) + "unit_id = ?";
    }

    /** @return the values of {@link #condition()}'s parameters: the id, then the unit's id if named */
    List<UUID> values() {
      return unit.isEmpty() ? List.of(id) : List.of(id, unit.get().value());
    }

    /** @return whether the condition names the unit */
    boolean namesUnit() {
      return unit.isPresent();
    }

    /** @return the condition on the id alone, which every server is asked */
    ById alone() {
      return new ById(column, id, Optional.empty());
    }
  }
}
