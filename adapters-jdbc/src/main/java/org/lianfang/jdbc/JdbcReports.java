package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportDisposal;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.ReportIntake;
import org.lianfang.monitoring.ReportLife;
import org.lianfang.monitoring.ReportLinks;
import org.lianfang.monitoring.Reporter;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Reports;

/**
 * Reports in {@code lf_report}; the risk points each names and the points and warnings its triage linked, each list
 * in order, in {@code lf_report_ref} (schema version 20). The messages of the errors it raises name the report's id,
 * never a text of it (P-11).
 */
final class JdbcReports implements Reports, BulkInsert<Report> {
  private static final String COLUMNS = "report_id, unit_id, channel, received, post_id, official_id, content, "
      + "reporter_name, reporter_contact, seal, forwarded_day, forwarded_to, accepted, acceptance_told, disposal_day, "
      + "disposal_way, disposal_note, closed_day, closed_result, result_told, version";
  private static final String INSERT = "INSERT INTO lf_report (" + COLUMNS + ") VALUES (" + "?, ".repeat(20) + "?)";
  private static final String UPDATE = "UPDATE lf_report SET " + String.join(" = ?, ",
      COLUMNS.substring("report_id, unit_id, ".length(), COLUMNS.length() - ", version".length()).split(", "))
      + " = ?, version = version + 1 WHERE report_id = ? AND unit_id = ? AND version = ?";
  /** The lists of {@code lf_report_ref}, by {@code ref_list}. */
  private static final int NAMED_POINTS = 0;
  private static final int LINKED_POINTS = 1;
  private static final int LINKED_WARNINGS = 2;
  private final JdbcStoreCore store;

  JdbcReports(JdbcStoreCore store) {
    this.store = store;
  }

  private List<Report> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_report", "report_id", condition,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, condition, values));
  }

  private List<Report> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, List<List<UUID>>> refs = new HashMap<>();
    Statements.query(c, "SELECT report_id, ref_list, ref_id FROM lf_report_ref WHERE " + condition
        + " ORDER BY report_id, ref_list, ordinal", bind,
        rs -> refs.computeIfAbsent(sql.uuid(rs, "report_id"), k -> List.of(new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>())).get(rs.getInt("ref_list")).add(sql.uuid(rs, "ref_id")));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_report WHERE " + condition + " ORDER BY report_id",
        bind, rs -> {
          UUID id = sql.uuid(rs, "report_id");
          List<List<UUID>> lists = refs.getOrDefault(id, List.of(List.of(), List.of(), List.of()));
          String name = rs.getString("reporter_name");
          Optional<Reporter> reporter = name == null ? Optional.empty()
              : Optional.of(new Reporter(name, Sql.requiredText(rs, "reporter_contact")));
          ReportIntake intake = new ReportIntake(ReportChannel.valueOf(rs.getString("channel")),
              Sql.day(rs, "received"), new WarningSubject(Optional.ofNullable(sql.uuid(rs, "post_id"))
                  .map(PostId::new), Optional.ofNullable(sql.uuid(rs, "official_id")).map(OfficialId::new),
                  lists.get(NAMED_POINTS).stream().map(RiskPointId::new).toList()),
              Sql.requiredText(rs, "content"), reporter, rs.getString("seal"));
          LocalDate disposed = Sql.day(rs, "disposal_day");
          ReportLife life = new ReportLife(remark(rs, "forwarded_day", "forwarded_to"),
              Optional.ofNullable(Sql.day(rs, "accepted")), Optional.ofNullable(Sql.day(rs, "acceptance_told")),
              disposed == null ? Optional.empty() : Optional.of(new ReportDisposal(disposed,
                  Disposal.valueOf(rs.getString("disposal_way")), Sql.requiredText(rs, "disposal_note"))),
              remark(rs, "closed_day", "closed_result"), Optional.ofNullable(Sql.day(rs, "result_told")));
          ReportLinks links = new ReportLinks(lists.get(LINKED_POINTS).stream().map(RiskPointId::new).toList(),
              lists.get(LINKED_WARNINGS).stream().map(WarningId::new).toList());
          return Report.restore(new ReportId(id), new UnitId(sql.uuid(rs, "unit_id")), intake, life, links,
              rs.getLong("version"));
        });
  }

  private static Optional<Remark> remark(ResultSet rs, String day, String text) throws SQLException {
    LocalDate d = Sql.day(rs, day);
    return d == null ? Optional.empty() : Optional.of(new Remark(d, Sql.requiredText(rs, text)));
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, Report r) throws SQLException {
    Sql sql = store.sql();
    ReportIntake i = r.intake();
    ReportLife l = r.life();
    int k = from;
    ps.setString(k++, i.channel().name());
    Sql.day(ps, k++, i.received());
    sql.uuid(ps, k++, i.subject().post().map(PostId::value).orElse(null));
    sql.uuid(ps, k++, i.subject().official().map(OfficialId::value).orElse(null));
    Sql.text(ps, k++, i.content());
    Sql.text(ps, k++, i.reporter().map(Reporter::name).orElse(null));
    Sql.text(ps, k++, i.reporter().map(Reporter::contact).orElse(null));
    ps.setString(k++, i.seal());
    Sql.day(ps, k++, l.forwarded().map(Remark::day).orElse(null));
    Sql.text(ps, k++, l.forwarded().map(Remark::text).orElse(null));
    Sql.day(ps, k++, l.accepted().orElse(null));
    Sql.day(ps, k++, l.acceptanceTold().orElse(null));
    Sql.day(ps, k++, l.disposal().map(ReportDisposal::day).orElse(null));
    ps.setString(k++, l.disposal().map(d -> d.way().name()).orElse(null));
    Sql.text(ps, k++, l.disposal().map(ReportDisposal::note).orElse(null));
    Sql.day(ps, k++, l.closed().map(Remark::day).orElse(null));
    Sql.text(ps, k++, l.closed().map(Remark::text).orElse(null));
    Sql.day(ps, k, l.resultTold().orElse(null));
  }

  private void insertRefs(Connection c, List<Report> reports) throws SQLException {
    Sql sql = store.sql();
    record Row(Report report, int list, int position, UUID ref) {}
    List<Row> rows = new ArrayList<>();
    for (Report r : reports) {
      List<List<UUID>> lists = List.of(r.intake().subject().points().stream().map(RiskPointId::value).toList(),
          r.links().points().stream().map(RiskPointId::value).toList(),
          r.links().warnings().stream().map(WarningId::value).toList());
      for (int list = 0; list < lists.size(); list++) {
        for (int i = 0; i < lists.get(list).size(); i++) {
          rows.add(new Row(r, list, i, lists.get(list).get(i)));
        }
      }
    }
    Statements.batch(c, "INSERT INTO lf_report_ref (unit_id, report_id, ref_list, ordinal, ref_id) "
        + "VALUES (?, ?, ?, ?, ?)", rows, (ps, row) -> {
          sql.uuid(ps, 1, row.report().unitId().value());
          sql.uuid(ps, 2, row.report().id().value());
          ps.setInt(3, row.list());
          ps.setInt(4, row.position());
          sql.uuid(ps, 5, row.ref());
        });
  }

  /** Inserts reports (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<Report> reports) throws SQLException {
    Statements.batch(c, INSERT, reports, (ps, r) -> {
      store.sql().uuid(ps, 1, r.id().value());
      store.sql().uuid(ps, 2, r.unitId().value());
      bindColumns(ps, 3, r);
      ps.setLong(21, Statements.insertedVersion(r.version()));
    });
    insertRefs(c, reports);
  }

  @Override
  public Optional<Report> find(ReportId id) {
    return store.records().find("read report " + id, "report_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<Report> records) {
    store.insertBatch(Report.class, records);
  }

  @Override
  public void insert(Report r) {
    store.records().seen(r);
    store.write("insert report " + r.id(), c -> {
      insertAll(c, List.of(r));
      return null;
    });
  }

  @Override
  public void update(Report r) {
    store.write("update report " + r.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, r);
        store.sql().uuid(ps, 19, r.id().value());
        store.sql().uuid(ps, 20, r.unitId().value());
        ps.setLong(21, r.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("Report " + r.id(), r.version());
      }
      Statements.update(c, "DELETE FROM lf_report_ref WHERE report_id = ? AND unit_id = ?", ps -> {
        store.sql().uuid(ps, 1, r.id().value());
        store.sql().uuid(ps, 2, r.unitId().value());
      });
      insertRefs(c, List.of(r));
      return null;
    });
  }

  @Override
  public List<Report> inUnit(UnitId unit) {
    return store.read("read the reports of " + unit, c -> load(c, "unit_id = ?",
        List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<Report>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the reports of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
