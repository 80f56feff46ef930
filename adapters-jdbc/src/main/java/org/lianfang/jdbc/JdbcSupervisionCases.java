package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.CaseLife;
import org.lianfang.monitoring.CaseTerms;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.SupervisionSignal;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.spi.SupervisionCases;

/**
 * Cases under electronic supervision in {@code lf_case}; their steps, ended pauses and raised signals, each list in
 * order, in {@code lf_case_mark} (schema version 21; a step's own limit since version 22).
 */
final class JdbcSupervisionCases implements SupervisionCases, BulkInsert<SupervisionCase> {
  private static final String COLUMNS = "case_id, unit_id, power_item_id, case_number, started, limit_minutes, "
      + "commitment_id, paused_since, completed, version";
  private static final String INSERT = "INSERT INTO lf_case (" + COLUMNS + ") VALUES (" + "?, ".repeat(9) + "?)";
  private static final String UPDATE = "UPDATE lf_case SET power_item_id = ?, case_number = ?, started = ?, "
      + "limit_minutes = ?, commitment_id = ?, paused_since = ?, completed = ?, version = version + 1 "
      + "WHERE case_id = ? AND unit_id = ? AND version = ?";
  private static final int STEPS = 0;
  private static final int PAUSES = 1;
  private static final int SIGNALS = 2;
  private final JdbcStoreCore store;

  JdbcSupervisionCases(JdbcStoreCore store) {
    this.store = store;
  }

  /** The marks of one case, by list. */
  private record Marks(List<CaseLife.Step> steps, List<CaseLife.Pause> pauses, List<CaseLife.Raised> signals) {
    static Marks empty() {
      return new Marks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  private List<SupervisionCase> load(Connection c, String column, UUID value) throws SQLException {
    return load(c, column + " = ?", List.of(value));
  }

  /** The cases whose row meets a condition with one parameter per value, read whole and consistently. */
  private List<SupervisionCase> load(Connection c, String condition, List<UUID> values) throws SQLException {
    Statements.Binder binder = ps -> {
      for (int i = 0; i < values.size(); i++) {
        store.sql().uuid(ps, i + 1, values.get(i));
      }
    };
    return store.consistently(c, "lf_case", "case_id", condition, binder,
        () -> loadOnce(c, condition, binder));
  }

  private List<SupervisionCase> loadOnce(Connection c, String condition, Statements.Binder binder)
      throws SQLException {
    Sql sql = store.sql();
    Map<UUID, Marks> marks = new HashMap<>();
    Statements.query(c, "SELECT case_id, mark_list, mark_at, until_at, step_name, limit_minutes, signal_code, "
        + "warning_id FROM lf_case_mark WHERE " + condition + " ORDER BY case_id, mark_list, ordinal",
        binder, rs -> {
          Marks m = marks.computeIfAbsent(sql.uuid(rs, "case_id"), k -> Marks.empty());
          Instant at = Sql.instant(rs, "mark_at");
          switch (rs.getInt("mark_list")) {
            case STEPS -> {
              long minutes = rs.getLong("limit_minutes");
              Optional<Duration> limit = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
              m.steps().add(new CaseLife.Step(Sql.requiredText(rs, "step_name"), at, limit));
            }
            case PAUSES -> m.pauses().add(new CaseLife.Pause(at, Sql.instant(rs, "until_at")));
            default -> m.signals().add(new CaseLife.Raised(SupervisionSignal.valueOf(rs.getString("signal_code")),
                at, Optional.ofNullable(sql.uuid(rs, "warning_id")).map(WarningId::new)));
          }
          return null;
        });
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_case WHERE " + condition + " ORDER BY case_id",
        binder, rs -> {
          UUID id = sql.uuid(rs, "case_id");
          Marks m = marks.getOrDefault(id, Marks.empty());
          CaseTerms terms = new CaseTerms(new PowerItemId(sql.uuid(rs, "power_item_id")),
              Sql.requiredText(rs, "case_number"), Sql.instant(rs, "started"),
              Duration.ofMinutes(rs.getLong("limit_minutes")),
              Optional.ofNullable(sql.uuid(rs, "commitment_id")).map(ServiceCommitmentId::new));
          CaseLife life = new CaseLife(m.steps(), m.pauses(), Optional.ofNullable(Sql.instant(rs, "paused_since")),
              Optional.ofNullable(Sql.instant(rs, "completed")), m.signals());
          return SupervisionCase.restore(new SupervisionCaseId(id), new UnitId(sql.uuid(rs, "unit_id")), terms, life,
              rs.getLong("version"));
        });
  }

  /** Binds the columns from the power item to the completion (seven), from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, SupervisionCase k) throws SQLException {
    CaseTerms t = k.terms();
    int i = from;
    store.sql().uuid(ps, i++, t.powerItem().value());
    Sql.text(ps, i++, t.number());
    Sql.instant(ps, i++, t.started());
    ps.setLong(i++, t.limit().toMinutes());
    store.sql().uuid(ps, i++, t.commitment().map(ServiceCommitmentId::value).orElse(null));
    Sql.instant(ps, i++, k.life().pausedSince().orElse(null));
    Sql.instant(ps, i, k.life().completed().orElse(null));
  }

  private void insertMarks(Connection c, List<SupervisionCase> cases) throws SQLException {
    insertMarks(c, cases, CaseLife.OPENED);
  }

  /** Inserts the rows of each case's lists after the first ones {@code stored} has (all of them, for a new case). */
  private void insertMarks(Connection c, List<SupervisionCase> cases, CaseLife stored) throws SQLException {
    Sql sql = store.sql();
    record Row(SupervisionCase owner, int list, int position, Instant at, Instant until, String name,
        Duration limit, SupervisionSignal signal, WarningId warning) {}
    List<Row> rows = new ArrayList<>();
    for (SupervisionCase k : cases) {
      CaseLife l = k.life();
      for (int i = stored.steps().size(); i < l.steps().size(); i++) {
        CaseLife.Step st = l.steps().get(i);
        rows.add(new Row(k, STEPS, i, st.at(), null, st.name(), st.limit().orElse(null), null, null));
      }
      for (int i = stored.pauses().size(); i < l.pauses().size(); i++) {
        rows.add(new Row(k, PAUSES, i, l.pauses().get(i).from(), l.pauses().get(i).to(), null, null, null, null));
      }
      for (int i = stored.signals().size(); i < l.signals().size(); i++) {
        CaseLife.Raised r = l.signals().get(i);
        rows.add(new Row(k, SIGNALS, i, r.at(), null, null, null, r.signal(), r.warning().orElse(null)));
      }
    }
    Statements.batch(c, "INSERT INTO lf_case_mark (unit_id, case_id, mark_list, ordinal, mark_at, until_at, "
        + "step_name, limit_minutes, signal_code, warning_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
        (ps, row) -> {
          sql.uuid(ps, 1, row.owner().unitId().value());
          sql.uuid(ps, 2, row.owner().id().value());
          ps.setInt(3, row.list());
          ps.setInt(4, row.position());
          Sql.instant(ps, 5, row.at());
          Sql.instant(ps, 6, row.until());
          Sql.text(ps, 7, row.name());
          if (row.limit() == null) {
            ps.setNull(8, java.sql.Types.BIGINT);
          } else {
            ps.setLong(8, row.limit().toMinutes());
          }
          ps.setString(9, row.signal() == null ? null : row.signal().name());
          sql.uuid(ps, 10, row.warning() == null ? null : row.warning().value());
        });
  }

  /** Inserts cases (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<SupervisionCase> cases) throws SQLException {
    Statements.batch(c, INSERT, cases, (ps, k) -> {
      store.sql().uuid(ps, 1, k.id().value());
      store.sql().uuid(ps, 2, k.unitId().value());
      bindColumns(ps, 3, k);
      ps.setLong(10, Statements.insertedVersion(k.version()));
    });
    insertMarks(c, cases);
  }

  /**
   * A case this transaction read or wrote already is not read again (the tick reads its batch's cases at once,
   * {@link #findAll}, and each signal's notice names its case): it is as the transaction left it, and an update still
   * checks its version.
   */
  @Override
  public Optional<SupervisionCase> find(SupervisionCaseId id) {
    if (remembers() && store.remembered().get(id) instanceof SupervisionCase known) {
      return Optional.of(known);
    }
    return store.records().find("read supervision case " + id, "case_id", id.value(), this::load).map(this::remember);
  }

  /** {@value InUnits#PER_STATEMENT} cases in each read, its four statements as {@link #find}'s. */
  @Override
  public Map<SupervisionCaseId, SupervisionCase> findAll(java.util.Collection<SupervisionCaseId> ids) {
    Map<SupervisionCaseId, SupervisionCase> found = new java.util.LinkedHashMap<>();
    List<UUID> unread = new ArrayList<>();
    for (SupervisionCaseId id : ids) {
      if (remembers() && store.remembered().get(id) instanceof SupervisionCase known) {
        found.put(id, known);
      } else {
        unread.add(id.value());
      }
    }
    Map<UUID, SupervisionCase> read = new HashMap<>();
    for (List<UUID> chunk : com.google.common.collect.Lists.partition(unread, InUnits.PER_STATEMENT)) {
      store.read("read " + chunk.size() + " supervision cases", c -> load(c, "case_id IN ("
          + "?, ".repeat(chunk.size() - 1) + "?)", chunk)).forEach(k -> read.put(k.id().value(), remember(k)));
    }
    for (SupervisionCaseId id : ids) {
      SupervisionCase k = read.get(id.value());
      if (k != null) {
        found.putIfAbsent(id, k);
      }
    }
    return found;
  }

  /** @return whether this call runs in a transaction that keeps what it read (not a snapshot, which writes nothing) */
  private boolean remembers() {
    return store.inTransaction() && !store.inSnapshot();
  }

  private SupervisionCase remember(SupervisionCase k) {
    if (remembers()) {
      store.remembered().put(k.id(), k);
    }
    return k;
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<SupervisionCase> records) {
    store.insertBatch(SupervisionCase.class, records);
  }

  @Override
  public void insert(SupervisionCase k) {
    store.records().seen(k);
    store.write("insert supervision case " + k.id(), c -> {
      insertAll(c, List.of(k));
      return null;
    });
  }

  @Override
  public void update(SupervisionCase k) {
    store.write("update supervision case " + k.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, k);
        store.sql().uuid(ps, 8, k.id().value());
        store.sql().uuid(ps, 9, k.unitId().value());
        ps.setLong(10, k.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("SupervisionCase " + k.id(), k.version());
      }
      SupervisionCase before = store.remembered().get(k.id()) instanceof SupervisionCase read
          && read.version() == k.version() ? read : null;
      if (before != null && grew(before.life(), k.life())) {
        insertMarks(c, List.of(k), before.life()); // the lists only grew: their new rows
      } else {
        Statements.update(c, "DELETE FROM lf_case_mark WHERE case_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, k.id().value());
          store.sql().uuid(ps, 2, k.unitId().value());
        });
        insertMarks(c, List.of(k));
      }
      remember(k.withVersion(k.version() + 1));
      return null;
    });
  }

  /** @return whether each list of {@code after} begins with the whole of the same list of {@code before} */
  private static boolean grew(CaseLife before, CaseLife after) {
    return startsWith(after.steps(), before.steps()) && startsWith(after.pauses(), before.pauses())
        && startsWith(after.signals(), before.signals());
  }

  private static boolean startsWith(List<?> list, List<?> prefix) {
    return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
  }

  @Override
  public List<SupervisionCase> inUnit(UnitId unit) {
    return store.read("read the supervision cases of " + unit, c -> load(c, "unit_id", unit.value()));
  }
}
