package org.lianfang.jdbc;

import com.google.common.collect.Lists;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.spi.Officials;

/** Officials in {@code lf_official}. */
final class JdbcOfficials implements Officials, BulkInsert<Official> {
  private static final String COLUMNS = "official_id, unit_id, staff_number, name, version";
  private final JdbcStoreCore store;

  JdbcOfficials(JdbcStoreCore store) {
    this.store = store;
  }

  private Official row(ResultSet rs) throws SQLException {
    return Official.restore(new OfficialId(store.sql().uuid(rs, "official_id")),
        new UnitId(store.sql().uuid(rs, "unit_id")), rs.getString("staff_number"), rs.getString("name"),
        rs.getLong("version"));
  }

  @Override
  public Optional<Official> find(OfficialId id) {
    return store.records().find("read official " + id, "official_id", id.value(), (c, where, values) ->
        Statements.query(c, "SELECT " + COLUMNS + " FROM lf_official WHERE " + where,
            InUnits.cyclically(store.sql(), values.size(), values), this::row));
  }

  /**
   * Reads the officials {@value InUnits#PER_STATEMENT} a query ({@code official_id IN (…)}), as a risk point's owner
   * chain names three and a report its units' holders. Through ShardingSphere a query names their units when the store
   * knows every one ({@link RecordUnits#of}), and asks every server for those it did not find there.
   */
  @Override
  public Map<OfficialId, Official> findAll(Collection<OfficialId> ids) {
    List<OfficialId> distinct = List.copyOf(new LinkedHashSet<>(ids));
    if (distinct.isEmpty()) {
      return Map.of();
    }
    Map<OfficialId, Official> byId = new LinkedHashMap<>();
    store.read("read " + distinct.size() + " officials", c -> {
      for (List<OfficialId> chunk : Lists.partition(distinct, InUnits.PER_STATEMENT)) {
        List<UUID> chunkIds = chunk.stream().map(OfficialId::value).toList();
        Optional<List<UUID>> units = store.records().of(c, chunkIds);
        read(c, units.orElse(List.of()), chunkIds, byId);
        if (units.isPresent() && !byId.keySet().containsAll(chunk)) {
          read(c, List.of(), chunkIds.stream().filter(id -> !byId.containsKey(new OfficialId(id))).toList(), byId);
        }
      }
      return null;
    });
    return byId;
  }

  /** Reads the officials of these ids, in these units if any are given. */
  private void read(java.sql.Connection c, List<UUID> units, List<UUID> ids, Map<OfficialId, Official> into)
      throws SQLException {
    List<UUID> values = new ArrayList<>(units);
    values.addAll(ids);
    Statements.query(c, "SELECT " + COLUMNS + " FROM lf_official WHERE " + (units.isEmpty() ? ""
        : "unit_id" + InUnits.in(units.size()) + " AND ") + "official_id" + InUnits.in(ids.size()), ps -> {
          for (int i = 0; i < values.size(); i++) {
            store.sql().uuid(ps, i + 1, values.get(i));
          }
        }, this::row).forEach(o -> into.put(o.id(), store.records().seen(o)));
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<Official> records) {
    store.insertBatch(Official.class, records);
  }

  @Override
  public void insert(Official o) {
    store.records().seen(o);
    store.write("insert official " + o.staffNumber(), c -> {
      insertAll(c, List.of(o));
      return null;
    });
  }

  /** Inserts officials in one batch: new ones as version 1, restored ones at their version. */
  @Override
  public void insertAll(java.sql.Connection c, List<Official> officials) throws SQLException {
    Statements.batch(c, "INSERT INTO lf_official (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", officials, (ps, o) -> {
      store.sql().uuid(ps, 1, o.id().value());
      store.sql().uuid(ps, 2, o.unitId().value());
      ps.setString(3, o.staffNumber());
      ps.setString(4, o.name());
      ps.setLong(5, Statements.insertedVersion(o.version()));
    });
  }

  @Override
  public void update(Official o) {
    store.write("update official " + o.staffNumber(), c -> {
      int n = Statements.update(c, "UPDATE lf_official SET staff_number = ?, name = ?, version = version + 1 "
          + "WHERE official_id = ? AND unit_id = ? AND version = ?", ps -> {
            ps.setString(1, o.staffNumber());
            ps.setString(2, o.name());
            store.sql().uuid(ps, 3, o.id().value());
            store.sql().uuid(ps, 4, o.unitId().value());
            ps.setLong(5, o.version());
          });
      if (n == 0) {
        throw new StaleAggregateException("Official " + o.id(), o.version());
      }
      return null;
    });
  }

  @Override
  public List<Official> inUnit(UnitId unit) {
    return store.read("read the officials of " + unit, c -> Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_official WHERE unit_id = ? ORDER BY official_id",
        ps -> store.sql().uuid(ps, 1, unit.value()), this::row));
  }
}
