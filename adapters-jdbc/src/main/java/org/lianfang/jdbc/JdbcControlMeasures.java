package org.lianfang.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.MeasureLife;
import org.lianfang.control.MeasurePlan;
import org.lianfang.control.MeasureState;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.ControlMeasures;

/**
 * Control measures in {@code lf_control_measure}, the points each controls in order in {@code
 * lf_control_measure_point}, its evidence in order in {@code lf_control_evidence} (schema version 11).
 */
final class JdbcControlMeasures implements ControlMeasures, BulkInsert<ControlMeasure> {
  private static final String COLUMNS = "measure_id, unit_id, phase, defense_line, content, basis, direct_owner, "
      + "section_head, responsible_leader, due, cadence, indicator_name, indicator_unit, indicator_rule, "
      + "indicator_threshold, indicator_direction, drafted, state, registered, in_force, ended, reason, "
      + "superseded_by, version";
  // where each of COLUMNS is in a main row: read by position, not by name (issue 11, as risk points)
  private static final int ID = Sql.column(COLUMNS, "measure_id");
  private static final int UNIT = Sql.column(COLUMNS, "unit_id");
  private static final int PHASE = Sql.column(COLUMNS, "phase");
  private static final int DEFENSE_LINE = Sql.column(COLUMNS, "defense_line");
  private static final int CONTENT = Sql.column(COLUMNS, "content");
  private static final int BASIS = Sql.column(COLUMNS, "basis");
  private static final int DIRECT_OWNER = Sql.column(COLUMNS, "direct_owner");
  private static final int SECTION_HEAD = Sql.column(COLUMNS, "section_head");
  private static final int RESPONSIBLE_LEADER = Sql.column(COLUMNS, "responsible_leader");
  private static final int DUE = Sql.column(COLUMNS, "due");
  private static final int CADENCE = Sql.column(COLUMNS, "cadence");
  private static final int INDICATOR_NAME = Sql.column(COLUMNS, "indicator_name");
  private static final int INDICATOR_UNIT = Sql.column(COLUMNS, "indicator_unit");
  private static final int INDICATOR_RULE = Sql.column(COLUMNS, "indicator_rule");
  private static final int INDICATOR_THRESHOLD = Sql.column(COLUMNS, "indicator_threshold");
  private static final int INDICATOR_DIRECTION = Sql.column(COLUMNS, "indicator_direction");
  private static final int DRAFTED = Sql.column(COLUMNS, "drafted");
  private static final int STATE = Sql.column(COLUMNS, "state");
  private static final int REGISTERED = Sql.column(COLUMNS, "registered");
  private static final int IN_FORCE = Sql.column(COLUMNS, "in_force");
  private static final int ENDED = Sql.column(COLUMNS, "ended");
  private static final int REASON = Sql.column(COLUMNS, "reason");
  private static final int SUPERSEDED_BY = Sql.column(COLUMNS, "superseded_by");
  private static final int VERSION = Sql.column(COLUMNS, "version");
  private static final String INSERT = "INSERT INTO lf_control_measure (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(23) + "?)";
  private static final String UPDATE = "UPDATE lf_control_measure SET " + String.join(" = ?, ",
      COLUMNS.substring("measure_id, unit_id, ".length(), COLUMNS.length() - ", version".length()).split(", "))
      + " = ?, version = version + 1 WHERE measure_id = ? AND unit_id = ? AND version = ?";
  /**
   * A measure's two lists in one statement (one round trip, not two, as risk points read their five): the points it
   * controls ({@code t} 1) and its evidence ({@code t} 2); the columns a list does not use are null or empty, typed as
   * the other list's. Without an {@code ORDER BY}: each element goes to its row's position ({@link PositionedLists}).
   */
  private static final String LISTS = "SELECT 1 AS t, measure_id, ordinal, risk_point_id, '' AS title, "
      + "'' AS location, '' AS digest FROM lf_control_measure_point WHERE %1$s "
      + "UNION ALL SELECT 2, measure_id, ordinal, NULL, title, location, digest FROM lf_control_evidence "
      + "WHERE %1$s";
  private final JdbcStoreCore store;

  JdbcControlMeasures(JdbcStoreCore store) {
    this.store = store;
  }

  /**
   * The measures whose rows match a condition on columns every table of a measure has, the condition taking
   * {@code values} in turn. In a snapshot every statement sees one state; otherwise the main rows' versions are
   * checked after the load.
   */
  private List<ControlMeasure> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistentlyMainRowsFirst(c, "lf_control_measure", "measure_id", condition,
        InUnits.cyclically(store.sql(), condition, values),
        () -> loadOnce(c, condition, values, UnaryOperator.identity()));
  }

  /** The main rows first (each read whole, to be finished with its lists), then both lists in one statement. */
  private List<ControlMeasure> loadOnce(Connection c, String condition, List<UUID> values,
      UnaryOperator<String> tables) throws SQLException {
    Sql sql = store.sql();
    List<Function<PositionedLists<EvidenceRef>, ControlMeasure>> rows = new ArrayList<>();
    PositionedLists<RiskPointId> points = new PositionedLists<>();
    Statements.query(c, tables.apply("SELECT " + COLUMNS + " FROM lf_control_measure WHERE " + condition
        + " ORDER BY measure_id"), InUnits.cyclically(sql, condition, values), rs -> {
          UUID id = sql.uuid(rs, ID);
          UnitId unit = new UnitId(sql.uuid(rs, UNIT));
          Function<List<EvidenceRef>, MeasurePlan> plan = plan(rs);
          LocalDate drafted = Sql.day(rs, DRAFTED);
          MeasureLife life = life(rs);
          long version = rs.getLong(VERSION);
          rows.add(evidence -> ControlMeasure.restore(new ControlMeasureId(id), unit,
              points.of(id), plan.apply(evidence.of(id)), drafted, life, version));
          return null;
        });
    if (rows.isEmpty()) {
      return List.of();
    }
    PositionedLists<EvidenceRef> evidence = new PositionedLists<>();
    String lists = tables.apply(String.format(LISTS, condition));
    Statements.query(c, lists, InUnits.cyclically(sql, lists, values), rs -> {
      UUID measure = sql.uuid(rs, 2); // t, measure_id, position, risk_point_id, title, location, digest
      int position = rs.getInt(3);
      if (rs.getInt(1) == 1) {
        points.put(measure, position, new RiskPointId(sql.uuid(rs, 4)));
      } else {
        evidence.put(measure, position, new EvidenceRef(Sql.requiredText(rs, 5), Sql.requiredText(rs, 6),
            Optional.ofNullable(rs.getString(7))));
      }
      return null;
    });
    List<ControlMeasure> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(r.apply(evidence)));
    return out;
  }

  /**
   * The units' measures frozen in their registers of a year ({@link JdbcRegisters}): the live statements on the
   * register's tables, which have the live columns and the year.
   *
   * @param c the connection
   * @param units a condition on {@code unit_id} ({@code unit_id = ?}, {@code unit_id IN (?, …)})
   * @param values the units it names
   * @param year a year
   * @return their frozen measures, in id order
   */
  List<ControlMeasure> frozen(Connection c, String units, List<UUID> values, Year year) throws SQLException {
    String condition = units + " AND register_year = " + year.getValue();
    return loadOnce(c, condition, values, JdbcRegisters::twins);
  }

  /** Reads a plan's columns now; its evidence comes later. */
  private Function<List<EvidenceRef>, MeasurePlan> plan(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    OwnerChain owners = new OwnerChain(new OfficialId(sql.uuid(rs, DIRECT_OWNER)),
        new OfficialId(sql.uuid(rs, SECTION_HEAD)), new OfficialId(sql.uuid(rs, RESPONSIBLE_LEADER)));
    String cadence = rs.getString(CADENCE);
    String threshold = rs.getString(INDICATOR_THRESHOLD);
    Optional<MonitoringIndicator> indicator = threshold == null ? Optional.empty()
        : Optional.of(new MonitoringIndicator(Sql.requiredText(rs, INDICATOR_NAME),
            Sql.requiredText(rs, INDICATOR_UNIT), Sql.requiredText(rs, INDICATOR_RULE),
            new BigDecimal(threshold), MonitoringIndicator.Direction.valueOf(rs.getString(INDICATOR_DIRECTION))));
    ControlPhase phase = ControlPhase.valueOf(rs.getString(PHASE));
    DefenseLine line = DefenseLine.valueOf(rs.getString(DEFENSE_LINE));
    String content = Sql.requiredText(rs, CONTENT);
    String basis = Sql.requiredText(rs, BASIS);
    LocalDate due = Sql.day(rs, DUE);
    return evidence -> new MeasurePlan(phase, line, content, basis, owners, due,
        Optional.ofNullable(cadence).map(Cadence::valueOf), indicator, evidence);
  }

  private MeasureLife life(ResultSet rs) throws SQLException {
    UUID by = store.sql().uuid(rs, SUPERSEDED_BY);
    return new MeasureLife(MeasureState.valueOf(rs.getString(STATE)),
        Optional.ofNullable(Sql.day(rs, REGISTERED)), Optional.ofNullable(Sql.day(rs, IN_FORCE)),
        Optional.ofNullable(Sql.day(rs, ENDED)), Optional.ofNullable(rs.getString(REASON)),
        Optional.ofNullable(by).map(ControlMeasureId::new));
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, ControlMeasure m) throws SQLException {
    Sql sql = store.sql();
    MeasurePlan p = m.plan();
    MeasureLife l = m.life();
    Optional<MonitoringIndicator> i = p.indicator();
    int k = from;
    ps.setString(k++, p.phase().name());
    ps.setString(k++, p.line().name());
    Sql.text(ps, k++, p.content());
    Sql.text(ps, k++, p.basis());
    sql.uuid(ps, k++, p.owners().directOwner().value());
    sql.uuid(ps, k++, p.owners().sectionHead().value());
    sql.uuid(ps, k++, p.owners().responsibleLeader().value());
    Sql.day(ps, k++, p.due());
    ps.setString(k++, p.cadence().map(Enum::name).orElse(null));
    Sql.text(ps, k++, i.map(MonitoringIndicator::name).orElse(null));
    Sql.text(ps, k++, i.map(MonitoringIndicator::unit).orElse(null));
    Sql.text(ps, k++, i.map(MonitoringIndicator::rule).orElse(null));
    ps.setString(k++, i.map(x -> x.threshold().toString()).orElse(null));
    ps.setString(k++, i.map(x -> x.direction().name()).orElse(null));
    Sql.day(ps, k++, m.drafted());
    ps.setString(k++, l.state().name());
    Sql.day(ps, k++, l.registered().orElse(null));
    Sql.day(ps, k++, l.inForce().orElse(null));
    Sql.day(ps, k++, l.ended().orElse(null));
    Sql.text(ps, k++, l.reason().orElse(null));
    sql.uuid(ps, k, l.supersededBy().map(ControlMeasureId::value).orElse(null));
  }

  /**
   * Writes measures into a register's twin tables ({@link JdbcRegisters#restore}), at their versions, one batch per
   * table.
   *
   * @param c the connection
   * @param measures the register's measures
   * @param twins the twins' inserts made from the live ones
   */
  void insertFrozen(Connection c, List<ControlMeasure> measures, UnaryOperator<String> twins) throws SQLException {
    Statements.batch(c, twins.apply(INSERT), measures, (ps, m) -> bindInsert(ps, m));
    insertChildren(c, measures, twins);
  }

  private void insertChildren(Connection c, List<ControlMeasure> measures) throws SQLException {
    insertChildren(c, measures, UnaryOperator.identity());
  }

  private void insertChildren(Connection c, List<ControlMeasure> measures, UnaryOperator<String> statements)
      throws SQLException {
    Sql sql = store.sql();
    List<Object[]> points = new ArrayList<>();
    List<Object[]> evidence = new ArrayList<>();
    for (ControlMeasure m : measures) {
      for (int i = 0; i < m.points().size(); i++) {
        points.add(new Object[] {m, i, m.points().get(i)});
      }
      for (int i = 0; i < m.plan().evidence().size(); i++) {
        evidence.add(new Object[] {m, i, m.plan().evidence().get(i)});
      }
    }
    Statements.batch(c, statements.apply("INSERT INTO lf_control_measure_point (unit_id, measure_id, ordinal, "
        + "risk_point_id) VALUES (?, ?, ?, ?)"), points, (ps, row) -> {
          ControlMeasure m = (ControlMeasure) row[0];
          sql.uuid(ps, 1, m.unitId().value());
          sql.uuid(ps, 2, m.id().value());
          ps.setInt(3, (Integer) row[1]);
          sql.uuid(ps, 4, ((RiskPointId) row[2]).value());
        });
    Statements.batch(c, statements.apply("INSERT INTO lf_control_evidence (unit_id, measure_id, ordinal, title, "
        + "location, digest) VALUES (?, ?, ?, ?, ?, ?)"), evidence, (ps, row) -> {
          ControlMeasure m = (ControlMeasure) row[0];
          EvidenceRef e = (EvidenceRef) row[2];
          sql.uuid(ps, 1, m.unitId().value());
          sql.uuid(ps, 2, m.id().value());
          ps.setInt(3, (Integer) row[1]);
          Sql.text(ps, 4, e.title());
          Sql.text(ps, 5, e.location());
          Sql.text(ps, 6, e.digest().orElse(null));
        });
  }

  private void bindInsert(PreparedStatement ps, ControlMeasure m) throws SQLException {
    store.sql().uuid(ps, 1, m.id().value());
    store.sql().uuid(ps, 2, m.unitId().value());
    bindColumns(ps, 3, m);
    ps.setLong(24, Statements.insertedVersion(m.version()));
  }

  /** Inserts measures (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<ControlMeasure> measures) throws SQLException {
    Statements.batch(c, INSERT, measures, (ps, m) -> bindInsert(ps, m));
    insertChildren(c, measures);
  }

  @Override
  public Optional<ControlMeasure> find(ControlMeasureId id) {
    return store.records().find("read control measure " + id, "measure_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<ControlMeasure> records) {
    store.insertBatch(ControlMeasure.class, records);
  }

  @Override
  public void insert(ControlMeasure m) {
    store.records().seen(m);
    store.write("insert control measure " + m.id(), c -> {
      insertAll(c, List.of(m));
      return null;
    });
  }

  @Override
  public void update(ControlMeasure m) {
    store.write("update control measure " + m.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, m);
        store.sql().uuid(ps, 22, m.id().value());
        store.sql().uuid(ps, 23, m.unitId().value());
        ps.setLong(24, m.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("ControlMeasure " + m.id(), m.version());
      }
      for (String table : List.of("lf_control_measure_point", "lf_control_evidence")) {
        Statements.update(c, "DELETE FROM " + table + " WHERE measure_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, m.id().value());
          store.sql().uuid(ps, 2, m.unitId().value());
        });
      }
      insertChildren(c, List.of(m));
      return null;
    });
  }

  @Override
  public List<ControlMeasure> inUnit(UnitId unit) {
    return store.read("read the control measures of " + unit, c -> store.holdsChain(unit)
        ? JdbcStoreCore.once("lf_control_measure", () -> loadOnce(c, "unit_id = ?", List.of(unit.value()),
            UnaryOperator.identity()))
        : load(c, "unit_id = ?", List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each two statements (and the versions read again), as {@link #inUnit}. */
  @Override
  public Map<UnitId, List<ControlMeasure>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the control measures of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
