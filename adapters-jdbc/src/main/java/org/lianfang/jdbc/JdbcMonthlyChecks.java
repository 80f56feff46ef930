package org.lianfang.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.checks.CheckLife;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EvidenceRef;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.spi.MonthlyChecks;

/**
 * Monthly checks in {@code lf_monthly_check}, one per post and month; their rows in order in {@code lf_check_row} and
 * each row's evidence in {@code lf_check_evidence} (schema version 23). A month is kept as its first day.
 */
final class JdbcMonthlyChecks implements MonthlyChecks, BulkInsert<MonthlyCheck> {
  private static final String COLUMNS = "check_id, unit_id, post_id, month_start, checker_id, opened, submitted, "
      + "returned_day, returned_text, reviewed, version";
  private static final String INSERT = "INSERT INTO lf_monthly_check (" + COLUMNS + ") VALUES (" + "?, ".repeat(10)
      + "?)";
  private static final String UPDATE = "UPDATE lf_monthly_check SET checker_id = ?, submitted = ?, returned_day = ?, "
      + "returned_text = ?, reviewed = ?, version = version + 1 WHERE check_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcMonthlyChecks(JdbcStoreCore store) {
    this.store = store;
  }

  /**
   * Loads the checks whose main row meets {@code where}, a parameter per id of {@code values}, ordered as {@code order}
   * says.
   */
  private List<MonthlyCheck> load(Connection c, String where, List<UUID> values, String order) throws SQLException {
    return store.consistentlyMainRowsFirst(c, "lf_monthly_check", "check_id", where,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, where, values, order));
  }

  /** A check's main row, read before its rows (its version tells whether they belong together). */
  private record Head(MonthlyCheckId id, UnitId unit, PostId post, YearMonth month, OfficialId checker,
      LocalDate opened, CheckLife life, long version) {}

  private List<MonthlyCheck> loadOnce(Connection c, String where, List<UUID> values, String order)
      throws SQLException {
    Statements.Binder bind = InUnits.cyclically(store.sql(), values.size(), values);
    Sql sql = store.sql();
    List<Head> heads = Statements.query(c, "SELECT " + COLUMNS + " FROM lf_monthly_check WHERE " + where
        + " ORDER BY " + order, bind, rs -> { // columns by position: COLUMNS
          LocalDate returned = Sql.day(rs, 8);
          CheckLife life = new CheckLife(Optional.ofNullable(Sql.day(rs, 7)), returned == null
              ? Optional.empty() : Optional.of(new Remark(returned, Sql.requiredText(rs, 9))),
              Optional.ofNullable(Sql.day(rs, 10)));
          return new Head(new MonthlyCheckId(sql.uuid(rs, 1)), new UnitId(sql.uuid(rs, 2)),
              new PostId(sql.uuid(rs, 3)), YearMonth.from(Sql.day(rs, 4)), new OfficialId(sql.uuid(rs, 5)),
              Sql.day(rs, 6), life, rs.getLong(11));
        });
    String ofChecks = InUnits.childrenOf(where, "lf_monthly_check", "check_id");
    // without an ORDER BY: each row and piece of evidence goes to its position (PositionedLists)
    record RowKey(UUID check, int position) {}
    Map<RowKey, List<EvidenceRef>> evidence = new HashMap<>();
    Statements.query(c, "SELECT check_id, row_position, ordinal, title, location, digest FROM lf_check_evidence"
        + ofChecks, bind, rs -> {
          RowKey key = new RowKey(sql.uuid(rs, 1), rs.getInt(2));
          EvidenceRef ref = new EvidenceRef(Sql.requiredText(rs, 4), Sql.requiredText(rs, 5),
              Optional.ofNullable(rs.getString(6)));
          evidence.put(key, PositionedLists.put(evidence.get(key), rs.getInt(3), ref));
          return null;
        });
    PositionedLists<CheckRow> rows = new PositionedLists<>();
    Statements.query(c, "SELECT check_id, ordinal, measure_id, rating, indicator_value, problem, requirement, "
        + "item_id, warning_id FROM lf_check_row" + ofChecks, bind, rs -> {
          // columns by position, as the hot reads read (a city's year is millions of rows)
          UUID check = sql.uuid(rs, 1);
          int position = rs.getInt(2);
          String indicator = rs.getString(5);
          UUID item = sql.uuid(rs, 8);
          UUID warning = sql.uuid(rs, 9);
          RowKey key = new RowKey(check, position);
          rows.put(check, position, new CheckRow(new ControlMeasureId(sql.uuid(rs, 3)),
              CheckRating.valueOf(rs.getString(4)),
              indicator == null ? Optional.empty() : Optional.of(new BigDecimal(indicator)),
              Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)),
              evidence.isEmpty() ? List.of() : PositionedLists.taken(evidence.get(key), check),
              item == null ? Optional.empty() : Optional.of(new RectificationItemId(item)),
              warning == null ? Optional.empty() : Optional.of(new WarningId(warning))));
          return null;
        });
    List<MonthlyCheck> all = new ArrayList<>(heads.size());
    for (Head h : heads) {
      all.add(MonthlyCheck.restore(h.id(), h.unit(), h.post(), h.month(), h.checker(), h.opened(),
          rows.of(h.id().value()), h.life(), h.version()));
    }
    return all;
  }

  /** Binds the columns a step changes, from parameter {@code from} on: checker, submitted, returned, reviewed. */
  private void bindLife(PreparedStatement ps, int from, MonthlyCheck m) throws SQLException {
    CheckLife l = m.life();
    int k = from;
    store.sql().uuid(ps, k++, m.checker().value());
    Sql.day(ps, k++, l.submitted().orElse(null));
    Sql.day(ps, k++, l.returned().map(Remark::day).orElse(null));
    Sql.text(ps, k++, l.returned().map(Remark::text).orElse(null));
    Sql.day(ps, k, l.reviewed().orElse(null));
  }

  private void insertRows(Connection c, List<MonthlyCheck> checks) throws SQLException {
    Sql sql = store.sql();
    record Row(MonthlyCheck check, int position, CheckRow row) {}
    record Evidence(MonthlyCheck check, int row, int position, EvidenceRef ref) {}
    List<Row> rows = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (MonthlyCheck m : checks) {
      for (int i = 0; i < m.rows().size(); i++) {
        CheckRow r = m.rows().get(i);
        rows.add(new Row(m, i, r));
        for (int j = 0; j < r.evidence().size(); j++) {
          evidence.add(new Evidence(m, i, j, r.evidence().get(j)));
        }
      }
    }
    Statements.batch(c, "INSERT INTO lf_check_row (unit_id, check_id, ordinal, measure_id, rating, "
        + "indicator_value, problem, requirement, item_id, warning_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
        (ps, row) -> {
          CheckRow r = row.row();
          sql.uuid(ps, 1, row.check().unitId().value());
          sql.uuid(ps, 2, row.check().id().value());
          ps.setInt(3, row.position());
          sql.uuid(ps, 4, r.measure().value());
          ps.setString(5, r.rating().name());
          ps.setString(6, r.indicatorValue().map(BigDecimal::toString).orElse(null));
          Sql.text(ps, 7, r.problem().orElse(null));
          Sql.text(ps, 8, r.requirement().orElse(null));
          sql.uuid(ps, 9, r.item().map(RectificationItemId::value).orElse(null));
          sql.uuid(ps, 10, r.warning().map(WarningId::value).orElse(null));
        });
    Statements.batch(c, "INSERT INTO lf_check_evidence (unit_id, check_id, row_position, ordinal, title, location, "
        + "digest) VALUES (?, ?, ?, ?, ?, ?, ?)", evidence, (ps, e) -> {
          sql.uuid(ps, 1, e.check().unitId().value());
          sql.uuid(ps, 2, e.check().id().value());
          ps.setInt(3, e.row());
          ps.setInt(4, e.position());
          Sql.text(ps, 5, e.ref().title());
          Sql.text(ps, 6, e.ref().location());
          Sql.text(ps, 7, e.ref().digest().orElse(null));
        });
  }

  /** Inserts checks (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<MonthlyCheck> checks) throws SQLException {
    Statements.batch(c, INSERT, checks, (ps, m) -> {
      store.sql().uuid(ps, 1, m.id().value());
      store.sql().uuid(ps, 2, m.unitId().value());
      store.sql().uuid(ps, 3, m.post().value());
      Sql.day(ps, 4, m.month().atDay(1));
      Sql.day(ps, 6, m.opened());
      bindLifeForInsert(ps, m);
      ps.setLong(11, Statements.insertedVersion(m.version()));
    });
    insertRows(c, checks);
  }

  /** The insert's columns 5 and 7 to 10: the checker, then the life. */
  private void bindLifeForInsert(PreparedStatement ps, MonthlyCheck m) throws SQLException {
    CheckLife l = m.life();
    store.sql().uuid(ps, 5, m.checker().value());
    Sql.day(ps, 7, l.submitted().orElse(null));
    Sql.day(ps, 8, l.returned().map(Remark::day).orElse(null));
    Sql.text(ps, 9, l.returned().map(Remark::text).orElse(null));
    Sql.day(ps, 10, l.reviewed().orElse(null));
  }

  @Override
  public Optional<MonthlyCheck> find(MonthlyCheckId id) {
    return store.records().find("read monthly check " + id, "check_id", id.value(),
        (c, where, values) -> load(c, where, values, "check_id"));
  }

  @Override
  public List<MonthlyCheck> ofPost(PostId post) {
    return store.read("read the monthly checks of post " + post, c -> load(c, "post_id = ?", List.of(post.value()),
        "month_start"));
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<MonthlyCheck> records) {
    store.insertBatch(MonthlyCheck.class, records);
  }

  @Override
  public void insert(MonthlyCheck m) {
    store.records().seen(m);
    store.write("insert monthly check " + m.id(), c -> {
      insertAll(c, List.of(m));
      return null;
    });
  }

  /** Writes the main row's changed columns, and the rows and their evidence again, in the caller's transaction. */
  @Override
  public void update(MonthlyCheck m) {
    store.write("update monthly check " + m.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindLife(ps, 1, m);
        store.sql().uuid(ps, 6, m.id().value());
        store.sql().uuid(ps, 7, m.unitId().value());
        ps.setLong(8, m.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("MonthlyCheck " + m.id(), m.version());
      }
      for (String table : List.of("lf_check_evidence", "lf_check_row")) {
        Statements.update(c, "DELETE FROM " + table + " WHERE check_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, m.id().value());
          store.sql().uuid(ps, 2, m.unitId().value());
        });
      }
      insertRows(c, List.of(m));
      return null;
    });
  }

  @Override
  public List<MonthlyCheck> inUnit(UnitId unit) {
    return store.read("read the monthly checks of " + unit, c -> load(c, "unit_id = ?", List.of(unit.value()),
        "check_id"));
  }

  /** {@value InUnits#PER_STATEMENT} units in each three statements, as {@link #inUnit} reads one. */
  @Override
  public Map<UnitId, List<MonthlyCheck>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the monthly checks of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk, "check_id")));
  }
}
