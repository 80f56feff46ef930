package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.checks.InspectionLife;
import org.lianfang.checks.InspectionMethod;
import org.lianfang.checks.InspectionPlan;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.Remark;
import org.lianfang.spi.SpecialInspections;

/**
 * Special inspections in {@code lf_special_inspection}, the units each inspects in order in {@code
 * lf_inspection_scope} (schema version 24).
 */
final class JdbcSpecialInspections implements SpecialInspections, BulkInsert<SpecialInspection> {
  private static final String COLUMNS = "inspection_id, unit_id, inspection_number, subject, from_day, to_day, "
      + "methods, planned, started, reported_day, reported_text, closed, version";
  private static final String INSERT = "INSERT INTO lf_special_inspection (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(12) + "?)";
  private static final String UPDATE = "UPDATE lf_special_inspection SET inspection_number = ?, subject = ?, "
      + "from_day = ?, to_day = ?, methods = ?, planned = ?, started = ?, reported_day = ?, reported_text = ?, "
      + "closed = ?, version = version + 1 WHERE inspection_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcSpecialInspections(JdbcStoreCore store) {
    this.store = store;
  }

  private List<SpecialInspection> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_special_inspection", "inspection_id", condition,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, condition, values));
  }

  private List<SpecialInspection> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, List<UnitId>> scope = new HashMap<>();
    Statements.query(c, "SELECT inspection_id, scope_unit_id FROM lf_inspection_scope WHERE " + condition
        + " ORDER BY inspection_id, ordinal", bind,
        rs -> scope.computeIfAbsent(sql.uuid(rs, "inspection_id"), k -> new ArrayList<>())
            .add(new UnitId(sql.uuid(rs, "scope_unit_id"))));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_special_inspection WHERE " + condition
        + " ORDER BY inspection_id", bind, rs -> {
          UUID id = sql.uuid(rs, "inspection_id");
          InspectionPlan plan = new InspectionPlan(Sql.requiredText(rs, "inspection_number"),
              Sql.requiredText(rs, "subject"), scope.getOrDefault(id, List.of()),
              Sql.enums(rs.getString("methods"), InspectionMethod.class), Sql.day(rs, "from_day"),
              Sql.day(rs, "to_day"));
          LocalDate reported = Sql.day(rs, "reported_day");
          InspectionLife life = new InspectionLife(Optional.ofNullable(Sql.day(rs, "started")), reported == null
              ? Optional.empty() : Optional.of(new Remark(reported, Sql.requiredText(rs, "reported_text"))),
              Optional.ofNullable(Sql.day(rs, "closed")));
          return SpecialInspection.restore(new SpecialInspectionId(id), new UnitId(sql.uuid(rs, "unit_id")), plan,
              Sql.day(rs, "planned"), life, rs.getLong("version"));
        });
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private static void bindColumns(PreparedStatement ps, int from, SpecialInspection i) throws SQLException {
    InspectionPlan p = i.plan();
    InspectionLife l = i.life();
    int k = from;
    Sql.text(ps, k++, p.number());
    Sql.text(ps, k++, p.subject());
    Sql.day(ps, k++, p.from());
    Sql.day(ps, k++, p.to());
    ps.setString(k++, Sql.names(p.methods()));
    Sql.day(ps, k++, i.planned());
    Sql.day(ps, k++, l.started().orElse(null));
    Sql.day(ps, k++, l.reported().map(Remark::day).orElse(null));
    Sql.text(ps, k++, l.reported().map(Remark::text).orElse(null));
    Sql.day(ps, k, l.closed().orElse(null));
  }

  private void insertScope(Connection c, List<SpecialInspection> inspections) throws SQLException {
    Sql sql = store.sql();
    record Row(SpecialInspection inspection, int position, UnitId unit) {}
    List<Row> rows = new ArrayList<>();
    for (SpecialInspection i : inspections) {
      for (int k = 0; k < i.plan().scope().size(); k++) {
        rows.add(new Row(i, k, i.plan().scope().get(k)));
      }
    }
    Statements.batch(c, "INSERT INTO lf_inspection_scope (unit_id, inspection_id, ordinal, scope_unit_id) "
        + "VALUES (?, ?, ?, ?)", rows, (ps, r) -> {
          sql.uuid(ps, 1, r.inspection().unitId().value());
          sql.uuid(ps, 2, r.inspection().id().value());
          ps.setInt(3, r.position());
          sql.uuid(ps, 4, r.unit().value());
        });
  }

  /** Inserts inspections (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<SpecialInspection> inspections) throws SQLException {
    Statements.batch(c, INSERT, inspections, (ps, i) -> {
      store.sql().uuid(ps, 1, i.id().value());
      store.sql().uuid(ps, 2, i.unitId().value());
      bindColumns(ps, 3, i);
      ps.setLong(13, Statements.insertedVersion(i.version()));
    });
    insertScope(c, inspections);
  }

  @Override
  public Optional<SpecialInspection> find(SpecialInspectionId id) {
    return store.records().find("read special inspection " + id, "inspection_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<SpecialInspection> records) {
    store.insertBatch(SpecialInspection.class, records);
  }

  @Override
  public void insert(SpecialInspection i) {
    store.records().seen(i);
    store.write("insert special inspection " + i.id(), c -> {
      insertAll(c, List.of(i));
      return null;
    });
  }

  @Override
  public void update(SpecialInspection i) {
    store.write("update special inspection " + i.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, i);
        store.sql().uuid(ps, 11, i.id().value());
        store.sql().uuid(ps, 12, i.unitId().value());
        ps.setLong(13, i.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("SpecialInspection " + i.id(), i.version());
      }
      Statements.update(c, "DELETE FROM lf_inspection_scope WHERE inspection_id = ? AND unit_id = ?", ps -> {
        store.sql().uuid(ps, 1, i.id().value());
        store.sql().uuid(ps, 2, i.unitId().value());
      });
      insertScope(c, List.of(i));
      return null;
    });
  }

  @Override
  public List<SpecialInspection> inUnit(UnitId unit) {
    return store.read("read the special inspections of " + unit, c -> load(c, "unit_id = ?", List.of(unit.value())));
  }
}
