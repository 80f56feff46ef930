package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.SelfCheckFigures;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SelfCheckSections;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.Remark;
import org.lianfang.spi.SelfCheckReports;

/** Half-year self-checks in {@code lf_self_check}, one row each, one per unit and half (schema version 25). */
final class JdbcSelfCheckReports implements SelfCheckReports, BulkInsert<SelfCheckReport> {
  private static final String COLUMNS = "report_id, unit_id, half_year, half_no, drafted, effect, self_discipline, "
      + "rule_gaps, fixes, next_steps, submitted, checks_done, rated_full, rated_partial, rated_none, items_opened, "
      + "items_closed, items_overdue, warnings_issued, warnings_closed, acknowledged_day, acknowledged_text, version";
  private static final String INSERT = "INSERT INTO lf_self_check (" + COLUMNS + ") VALUES (" + "?, ".repeat(22)
      + "?)";
  private static final String UPDATE = "UPDATE lf_self_check SET " + String.join(" = ?, ",
      COLUMNS.substring("report_id, unit_id, ".length(), COLUMNS.length() - ", version".length()).split(", "))
      + " = ?, version = version + 1 WHERE report_id = ? AND unit_id = ? AND version = ?";
  private static final List<String> COUNTS = List.of("checks_done", "rated_full", "rated_partial", "rated_none",
      "items_opened", "items_closed", "items_overdue", "warnings_issued", "warnings_closed");
  private final JdbcStoreCore store;

  JdbcSelfCheckReports(JdbcStoreCore store) {
    this.store = store;
  }

  private List<SelfCheckReport> load(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_self_check WHERE " + condition + " ORDER BY "
        + "report_id", InUnits.cyclically(sql, values.size(), values), rs -> SelfCheckReport.restore(
            new SelfCheckReportId(sql.uuid(rs, "report_id")), new UnitId(sql.uuid(rs, "unit_id")),
            new HalfYear(rs.getInt("half_year"), rs.getInt("half_no")), Sql.day(rs, "drafted"),
            new SelfCheckSections(Sql.requiredText(rs, "effect"), Sql.requiredText(rs, "self_discipline"),
                Sql.requiredText(rs, "rule_gaps"), Sql.requiredText(rs, "fixes"), Sql.requiredText(rs, "next_steps")),
            figures(rs), remark(rs), rs.getLong("version")));
  }

  private static Optional<SelfCheckFigures> figures(ResultSet rs) throws SQLException {
    LocalDate submitted = Sql.day(rs, "submitted");
    if (submitted == null) {
      return Optional.empty();
    }
    int[] n = new int[COUNTS.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = rs.getInt(COUNTS.get(i));
    }
    return Optional.of(new SelfCheckFigures(submitted, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]));
  }

  private static Optional<Remark> remark(ResultSet rs) throws SQLException {
    LocalDate day = Sql.day(rs, "acknowledged_day");
    return day == null ? Optional.empty() : Optional.of(new Remark(day, Sql.requiredText(rs, "acknowledged_text")));
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private static void bindColumns(PreparedStatement ps, int from, SelfCheckReport r) throws SQLException {
    int k = from;
    ps.setInt(k++, r.half().year());
    ps.setInt(k++, r.half().half());
    Sql.day(ps, k++, r.drafted());
    SelfCheckSections t = r.sections();
    for (String text : List.of(t.effect(), t.selfDiscipline(), t.ruleGaps(), t.fixes(), t.nextSteps())) {
      Sql.text(ps, k++, text);
    }
    Optional<SelfCheckFigures> f = r.figures();
    Sql.day(ps, k++, f.map(SelfCheckFigures::asOf).orElse(null));
    List<Integer> counts = f.map(x -> List.of(x.checks(), x.full(), x.partial(), x.none(), x.itemsOpened(),
        x.itemsClosed(), x.itemsOverdue(), x.warningsIssued(), x.warningsClosed())).orElse(null);
    for (int i = 0; i < COUNTS.size(); i++) {
      Sql.integer(ps, k++, counts == null ? null : counts.get(i));
    }
    Sql.day(ps, k++, r.acknowledged().map(Remark::day).orElse(null));
    Sql.text(ps, k, r.acknowledged().map(Remark::text).orElse(null));
  }

  /** Inserts self-checks (new ones as version 1, restored ones at their version), in one batch. */
  @Override
  public void insertAll(Connection c, List<SelfCheckReport> reports) throws SQLException {
    Statements.batch(c, INSERT, reports, (ps, r) -> {
      store.sql().uuid(ps, 1, r.id().value());
      store.sql().uuid(ps, 2, r.unitId().value());
      bindColumns(ps, 3, r);
      ps.setLong(23, Statements.insertedVersion(r.version()));
    });
  }

  @Override
  public Optional<SelfCheckReport> find(SelfCheckReportId id) {
    return store.records().find("read self-check " + id, "report_id", id.value(), this::load);
  }

  /** One batch ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<SelfCheckReport> records) {
    store.insertBatch(SelfCheckReport.class, records);
  }

  @Override
  public void insert(SelfCheckReport r) {
    store.records().seen(r);
    store.write("insert self-check " + r.id(), c -> {
      insertAll(c, List.of(r));
      return null;
    });
  }

  @Override
  public void update(SelfCheckReport r) {
    store.write("update self-check " + r.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, r);
        store.sql().uuid(ps, 21, r.id().value());
        store.sql().uuid(ps, 22, r.unitId().value());
        ps.setLong(23, r.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("SelfCheckReport " + r.id(), r.version());
      }
      return null;
    });
  }

  @Override
  public List<SelfCheckReport> inUnit(UnitId unit) {
    return store.read("read the self-checks of " + unit, c -> load(c, "unit_id = ?", List.of(unit.value())));
  }
}
