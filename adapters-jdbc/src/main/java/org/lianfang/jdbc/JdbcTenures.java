package org.lianfang.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.spi.Tenures;

/** Tenures in {@code lf_tenure}; an open tenure has a NULL end. */
final class JdbcTenures implements Tenures, BulkInsert<Tenure> {
  private static final String COLUMNS = "tenure_id, unit_id, post_id, official_id, start_day, end_day, version";
  private final JdbcStoreCore store;

  JdbcTenures(JdbcStoreCore store) {
    this.store = store;
  }

  private Tenure row(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    return Tenure.restore(new TenureId(sql.uuid(rs, "tenure_id")), new UnitId(sql.uuid(rs, "unit_id")),
        new PostId(sql.uuid(rs, "post_id")), new OfficialId(sql.uuid(rs, "official_id")),
        Sql.day(rs, "start_day"), Optional.ofNullable(Sql.day(rs, "end_day")), rs.getLong("version"));
  }

  private List<Tenure> where(String what, String column, java.util.UUID value) {
    return store.read(what, c -> load(c, column + " = ?", List.of(value)));
  }

  private List<Tenure> load(java.sql.Connection c, String condition, List<java.util.UUID> values)
      throws java.sql.SQLException {
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_tenure WHERE " + condition + " ORDER BY tenure_id",
        InUnits.cyclically(store.sql(), values.size(), values), this::row);
  }

  @Override
  public Optional<Tenure> find(TenureId id) {
    return store.records().find("read tenure " + id, "tenure_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<Tenure> records) {
    store.insertBatch(Tenure.class, records);
  }

  @Override
  public void insert(Tenure t) {
    store.records().seen(t);
    store.write("insert tenure " + t.id(), c -> {
      insertAll(c, List.of(t));
      return null;
    });
  }

  /** Inserts tenures in one batch: new ones as version 1, restored ones at their version. */
  @Override
  public void insertAll(java.sql.Connection c, List<Tenure> tenures) throws SQLException {
    Statements.batch(c, "INSERT INTO lf_tenure (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", tenures, (ps, t) -> {
      store.sql().uuid(ps, 1, t.id().value());
      store.sql().uuid(ps, 2, t.unitId().value());
      store.sql().uuid(ps, 3, t.postId().value());
      store.sql().uuid(ps, 4, t.officialId().value());
      Sql.day(ps, 5, t.start());
      Sql.day(ps, 6, t.end().orElse(null));
      ps.setLong(7, Statements.insertedVersion(t.version()));
    });
  }

  @Override
  public void update(Tenure t) {
    store.write("update tenure " + t.id(), c -> {
      int n = Statements.update(c, "UPDATE lf_tenure SET post_id = ?, official_id = ?, start_day = ?, end_day = ?, "
          + "version = version + 1 WHERE tenure_id = ? AND unit_id = ? AND version = ?", ps -> {
            store.sql().uuid(ps, 1, t.postId().value());
            store.sql().uuid(ps, 2, t.officialId().value());
            Sql.day(ps, 3, t.start());
            Sql.day(ps, 4, t.end().orElse(null));
            store.sql().uuid(ps, 5, t.id().value());
            store.sql().uuid(ps, 6, t.unitId().value());
            ps.setLong(7, t.version());
          });
      if (n == 0) {
        throw new StaleAggregateException("Tenure " + t.id(), t.version());
      }
      return null;
    });
  }

  @Override
  public List<Tenure> inUnit(UnitId unit) {
    return where("read the tenures of " + unit, "unit_id", unit.value());
  }

  @Override
  public List<Tenure> ofPost(PostId post) {
    return where("read the tenures of post " + post, "post_id", post.value());
  }

  @Override
  public List<Tenure> ofOfficial(OfficialId official) {
    return where("read the tenures of official " + official, "official_id", official.value());
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<Tenure>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the tenures of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
