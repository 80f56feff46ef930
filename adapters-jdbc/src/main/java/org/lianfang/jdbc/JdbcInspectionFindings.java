package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.checks.Accountability;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.InspectionFindings;

/**
 * What special inspections found, in {@code lf_inspection_finding}; the risk points each concerns in order in {@code
 * lf_finding_point}, and who was held accountable, in the order recorded, in {@code lf_accountability} (schema
 * version 24).
 */
final class JdbcInspectionFindings implements InspectionFindings, BulkInsert<InspectionFinding> {
  private static final String COLUMNS = "finding_id, unit_id, inspection_id, recorded, problem, item_id, version";
  private static final String INSERT = "INSERT INTO lf_inspection_finding (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(6) + "?)";
  private static final String UPDATE = "UPDATE lf_inspection_finding SET inspection_id = ?, recorded = ?, "
      + "problem = ?, item_id = ?, version = version + 1 WHERE finding_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcInspectionFindings(JdbcStoreCore store) {
    this.store = store;
  }

  private List<InspectionFinding> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_inspection_finding", "finding_id", condition,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, condition, values));
  }

  private List<InspectionFinding> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, List<RiskPointId>> points = new HashMap<>();
    Statements.query(c, "SELECT finding_id, point_id FROM lf_finding_point WHERE " + condition
        + " ORDER BY finding_id, ordinal", bind,
        rs -> points.computeIfAbsent(sql.uuid(rs, "finding_id"), k -> new ArrayList<>())
            .add(new RiskPointId(sql.uuid(rs, "point_id"))));
    Map<UUID, List<Accountability>> held = new HashMap<>();
    Statements.query(c, "SELECT finding_id, official_id, measure, decision, decided FROM lf_accountability WHERE "
        + condition + " ORDER BY finding_id, ordinal", bind,
        rs -> held.computeIfAbsent(sql.uuid(rs, "finding_id"), k -> new ArrayList<>())
            .add(new Accountability(new OfficialId(sql.uuid(rs, "official_id")), Sql.requiredText(rs, "measure"),
                Sql.requiredText(rs, "decision"), Sql.day(rs, "decided"))));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_inspection_finding WHERE " + condition
        + " ORDER BY finding_id", bind, rs -> {
          UUID id = sql.uuid(rs, "finding_id");
          return InspectionFinding.restore(new InspectionFindingId(id), new UnitId(sql.uuid(rs, "unit_id")),
              new SpecialInspectionId(sql.uuid(rs, "inspection_id")), Sql.day(rs, "recorded"),
              Sql.requiredText(rs, "problem"), points.getOrDefault(id, List.of()),
              new RectificationItemId(sql.uuid(rs, "item_id")), held.getOrDefault(id, List.of()),
              rs.getLong("version"));
        });
  }

  /** Binds the inspection, the day, the problem and the item, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, InspectionFinding f) throws SQLException {
    store.sql().uuid(ps, from, f.inspection().value());
    Sql.day(ps, from + 1, f.recorded());
    Sql.text(ps, from + 2, f.problem());
    store.sql().uuid(ps, from + 3, f.item().value());
  }

  private void insertLists(Connection c, List<InspectionFinding> findings) throws SQLException {
    Sql sql = store.sql();
    record Point(InspectionFinding finding, int position, RiskPointId point) {}
    record Held(InspectionFinding finding, int position, Accountability held) {}
    List<Point> points = new ArrayList<>();
    List<Held> held = new ArrayList<>();
    for (InspectionFinding f : findings) {
      for (int i = 0; i < f.points().size(); i++) {
        points.add(new Point(f, i, f.points().get(i)));
      }
      for (int i = 0; i < f.accountability().size(); i++) {
        held.add(new Held(f, i, f.accountability().get(i)));
      }
    }
    Statements.batch(c, "INSERT INTO lf_finding_point (unit_id, finding_id, ordinal, point_id) VALUES (?, ?, ?, ?)",
        points, (ps, p) -> {
          sql.uuid(ps, 1, p.finding().unitId().value());
          sql.uuid(ps, 2, p.finding().id().value());
          ps.setInt(3, p.position());
          sql.uuid(ps, 4, p.point().value());
        });
    Statements.batch(c, "INSERT INTO lf_accountability (unit_id, finding_id, ordinal, official_id, measure, "
        + "decision, decided) VALUES (?, ?, ?, ?, ?, ?, ?)", held, (ps, h) -> {
          sql.uuid(ps, 1, h.finding().unitId().value());
          sql.uuid(ps, 2, h.finding().id().value());
          ps.setInt(3, h.position());
          sql.uuid(ps, 4, h.held().official().value());
          Sql.text(ps, 5, h.held().measure());
          Sql.text(ps, 6, h.held().decision());
          Sql.day(ps, 7, h.held().day());
        });
  }

  /** Inserts findings (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<InspectionFinding> findings) throws SQLException {
    Statements.batch(c, INSERT, findings, (ps, f) -> {
      store.sql().uuid(ps, 1, f.id().value());
      store.sql().uuid(ps, 2, f.unitId().value());
      bindColumns(ps, 3, f);
      ps.setLong(7, Statements.insertedVersion(f.version()));
    });
    insertLists(c, findings);
  }

  @Override
  public Optional<InspectionFinding> find(InspectionFindingId id) {
    return store.records().find("read inspection finding " + id, "finding_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<InspectionFinding> records) {
    store.insertBatch(InspectionFinding.class, records);
  }

  @Override
  public void insert(InspectionFinding f) {
    store.records().seen(f);
    store.write("insert inspection finding " + f.id(), c -> {
      insertAll(c, List.of(f));
      return null;
    });
  }

  @Override
  public void update(InspectionFinding f) {
    store.write("update inspection finding " + f.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, f);
        store.sql().uuid(ps, 5, f.id().value());
        store.sql().uuid(ps, 6, f.unitId().value());
        ps.setLong(7, f.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("InspectionFinding " + f.id(), f.version());
      }
      for (String table : List.of("lf_finding_point", "lf_accountability")) {
        Statements.update(c, "DELETE FROM " + table + " WHERE finding_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, f.id().value());
          store.sql().uuid(ps, 2, f.unitId().value());
        });
      }
      insertLists(c, List.of(f));
      return null;
    });
  }

  @Override
  public List<InspectionFinding> inUnit(UnitId unit) {
    return store.read("read the inspection findings of " + unit, c -> load(c, "unit_id = ?",
        List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<InspectionFinding>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the inspection findings of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
