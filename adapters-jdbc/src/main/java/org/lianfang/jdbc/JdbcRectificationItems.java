package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.CarryOver;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationLife;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.RectificationItems;

/**
 * Rectification items in {@code lf_rectification_item}, the risk points each concerns in order in
 * {@code lf_rectification_point} (schema version 16), the latest carry-over in four columns (schema version 29).
 */
final class JdbcRectificationItems implements RectificationItems, BulkInsert<RectificationItem> {
  private static final String COLUMNS = "item_id, unit_id, origin, warning_id, problem, target, measures, owner_id, "
      + "due, opened, started, submitted_day, submitted_text, rejected_day, rejected_text, verified_day, "
      + "verified_text, closed, carried_from, carried_reason, carried_previous_due, carried_on, version";
  private static final String INSERT = "INSERT INTO lf_rectification_item (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(22) + "?)";
  private static final String UPDATE = "UPDATE lf_rectification_item SET " + String.join(" = ?, ",
      COLUMNS.substring("item_id, unit_id, ".length(), COLUMNS.length() - ", version".length()).split(", "))
      + " = ?, version = version + 1 WHERE item_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcRectificationItems(JdbcStoreCore store) {
    this.store = store;
  }

  private List<RectificationItem> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_rectification_item", "item_id", condition,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, condition, values));
  }

  private List<RectificationItem> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, List<RiskPointId>> points = new HashMap<>();
    Statements.query(c, "SELECT item_id, point_id FROM lf_rectification_point WHERE " + condition
        + " ORDER BY item_id, ordinal", bind,
        rs -> points.computeIfAbsent(sql.uuid(rs, "item_id"), k -> new ArrayList<>())
            .add(new RiskPointId(sql.uuid(rs, "point_id"))));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_rectification_item WHERE " + condition
        + " ORDER BY item_id", bind, rs -> {
          UUID id = sql.uuid(rs, "item_id");
          RectificationTerms terms = new RectificationTerms(RectificationOrigin.valueOf(rs.getString("origin")),
              Optional.ofNullable(sql.uuid(rs, "warning_id")).map(WarningId::new), Sql.requiredText(rs, "problem"),
              Sql.requiredText(rs, "target"), Sql.requiredText(rs, "measures"),
              new OfficialId(sql.uuid(rs, "owner_id")), Sql.day(rs, "due"), points.getOrDefault(id, List.of()));
          RectificationLife life = new RectificationLife(Optional.ofNullable(Sql.day(rs, "started")),
              remark(rs, "submitted"), remark(rs, "rejected"), remark(rs, "verified"),
              Optional.ofNullable(Sql.day(rs, "closed")));
          int from = rs.getInt("carried_from");
          Optional<CarryOver> carried = rs.wasNull() ? Optional.empty() : Optional.of(new CarryOver(Year.of(from),
              Sql.requiredText(rs, "carried_reason"), Sql.day(rs, "carried_previous_due"), Sql.day(rs, "carried_on")));
          return RectificationItem.restore(new RectificationItemId(id), new UnitId(sql.uuid(rs, "unit_id")), terms,
              Sql.day(rs, "opened"), life, carried, rs.getLong("version"));
        });
  }

  private static Optional<Remark> remark(ResultSet rs, String prefix) throws SQLException {
    LocalDate day = Sql.day(rs, prefix + "_day");
    return day == null ? Optional.empty() : Optional.of(new Remark(day, Sql.requiredText(rs, prefix + "_text")));
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, RectificationItem r) throws SQLException {
    Sql sql = store.sql();
    RectificationTerms t = r.terms();
    RectificationLife l = r.life();
    int k = from;
    ps.setString(k++, t.origin().name());
    sql.uuid(ps, k++, t.warning().map(WarningId::value).orElse(null));
    Sql.text(ps, k++, t.problem());
    Sql.text(ps, k++, t.target());
    Sql.text(ps, k++, t.measures());
    sql.uuid(ps, k++, t.owner().value());
    Sql.day(ps, k++, t.due());
    Sql.day(ps, k++, r.opened());
    Sql.day(ps, k++, l.started().orElse(null));
    for (Optional<Remark> said : List.of(l.submission(), l.rejected(), l.verified())) {
      Sql.day(ps, k++, said.map(Remark::day).orElse(null));
      Sql.text(ps, k++, said.map(Remark::text).orElse(null));
    }
    Sql.day(ps, k++, l.closed().orElse(null));
    Optional<CarryOver> c = r.carried();
    Sql.integer(ps, k++, c.map(o -> o.from().getValue()).orElse(null));
    Sql.text(ps, k++, c.map(CarryOver::reason).orElse(null));
    Sql.day(ps, k++, c.map(CarryOver::previousDue).orElse(null));
    Sql.day(ps, k, c.map(CarryOver::day).orElse(null));
  }

  private void insertPoints(Connection c, List<RectificationItem> items) throws SQLException {
    Sql sql = store.sql();
    record Row(RectificationItem item, int position, RiskPointId point) {}
    List<Row> rows = new ArrayList<>();
    for (RectificationItem r : items) {
      for (int i = 0; i < r.terms().points().size(); i++) {
        rows.add(new Row(r, i, r.terms().points().get(i)));
      }
    }
    Statements.batch(c, "INSERT INTO lf_rectification_point (unit_id, item_id, ordinal, point_id) "
        + "VALUES (?, ?, ?, ?)", rows, (ps, row) -> {
          sql.uuid(ps, 1, row.item().unitId().value());
          sql.uuid(ps, 2, row.item().id().value());
          ps.setInt(3, row.position());
          sql.uuid(ps, 4, row.point().value());
        });
  }

  /** Inserts items (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<RectificationItem> items) throws SQLException {
    Statements.batch(c, INSERT, items, (ps, r) -> {
      store.sql().uuid(ps, 1, r.id().value());
      store.sql().uuid(ps, 2, r.unitId().value());
      bindColumns(ps, 3, r);
      ps.setLong(23, Statements.insertedVersion(r.version()));
    });
    insertPoints(c, items);
  }

  @Override
  public Optional<RectificationItem> find(RectificationItemId id) {
    return store.records().find("read rectification item " + id, "item_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<RectificationItem> records) {
    store.insertBatch(RectificationItem.class, records);
  }

  @Override
  public void insert(RectificationItem r) {
    store.records().seen(r);
    store.write("insert rectification item " + r.id(), c -> {
      insertAll(c, List.of(r));
      return null;
    });
  }

  @Override
  public void update(RectificationItem r) {
    store.write("update rectification item " + r.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, r);
        store.sql().uuid(ps, 21, r.id().value());
        store.sql().uuid(ps, 22, r.unitId().value());
        ps.setLong(23, r.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("RectificationItem " + r.id(), r.version());
      }
      Statements.update(c, "DELETE FROM lf_rectification_point WHERE item_id = ? AND unit_id = ?", ps -> {
        store.sql().uuid(ps, 1, r.id().value());
        store.sql().uuid(ps, 2, r.unitId().value());
      });
      insertPoints(c, List.of(r));
      return null;
    });
  }

  @Override
  public List<RectificationItem> inUnit(UnitId unit) {
    return store.read("read the rectification items of " + unit, c -> store.holdsChain(unit)
        ? JdbcStoreCore.once("lf_rectification_item", () -> loadOnce(c, "unit_id = ?", List.of(unit.value())))
        : load(c, "unit_id = ?", List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<RectificationItem>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the rectification items of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
