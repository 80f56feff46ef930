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
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningEnd;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningReply;
import org.lianfang.monitoring.WarningRound;
import org.lianfang.monitoring.WarningState;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Warnings;

/**
 * Warnings in {@code lf_warning}, their rounds by position in {@code lf_warning_round} and the risk points each
 * concerns in order in {@code lf_warning_point} (schema version 15).
 */
final class JdbcWarnings implements Warnings, BulkInsert<Warning> {
  private static final String COLUMNS = "warning_id, unit_id, post_id, official_id, notice_number, origin, facts, "
      + "requirements, approver, end_state, end_day, end_reason, version";
  private static final String INSERT = "INSERT INTO lf_warning (" + COLUMNS + ") VALUES (" + "?, ".repeat(12) + "?)";
  private static final String UPDATE = "UPDATE lf_warning SET post_id = ?, official_id = ?, notice_number = ?, "
      + "origin = ?, facts = ?, requirements = ?, approver = ?, end_state = ?, end_day = ?, end_reason = ?, "
      + "version = version + 1 WHERE warning_id = ? AND unit_id = ? AND version = ?";
  private static final String ROUND_COLUMNS = "unit_id, warning_id, ordinal, warning_level, issued, reply_due, "
      + "acknowledged, reply_day, self_analysis, pledge, plan, returned_day, returned_reason, accepted, verify_by, "
      + "verified_day, verification_passed, verification_note";
  private static final String CHILDREN = "DELETE FROM %s WHERE warning_id = ? AND unit_id = ?";
  private final JdbcStoreCore store;

  JdbcWarnings(JdbcStoreCore store) {
    this.store = store;
  }

  private List<Warning> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_warning", "warning_id", condition,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, condition, values));
  }

  private List<Warning> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, List<RiskPointId>> points = new HashMap<>();
    Statements.query(c, "SELECT warning_id, point_id FROM lf_warning_point WHERE " + condition
        + " ORDER BY warning_id, ordinal", bind,
        rs -> points.computeIfAbsent(sql.uuid(rs, "warning_id"), k -> new ArrayList<>())
            .add(new RiskPointId(sql.uuid(rs, "point_id"))));
    Map<UUID, List<WarningRound>> rounds = new HashMap<>();
    Statements.query(c, "SELECT " + ROUND_COLUMNS + " FROM lf_warning_round WHERE " + condition
        + " ORDER BY warning_id, ordinal", bind,
        rs -> rounds.computeIfAbsent(sql.uuid(rs, "warning_id"), k -> new ArrayList<>()).add(round(rs)));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_warning WHERE " + condition + " ORDER BY warning_id",
        bind, rs -> {
          UUID id = sql.uuid(rs, "warning_id");
          WarningSubject subject = new WarningSubject(Optional.ofNullable(sql.uuid(rs, "post_id")).map(PostId::new),
              Optional.ofNullable(sql.uuid(rs, "official_id")).map(OfficialId::new),
              points.getOrDefault(id, List.of()));
          WarningNotice notice = new WarningNotice(Sql.requiredText(rs, "notice_number"),
              WarningOrigin.valueOf(rs.getString("origin")), Sql.requiredText(rs, "facts"),
              Sql.requiredText(rs, "requirements"), new OfficialId(sql.uuid(rs, "approver")));
          String endState = rs.getString("end_state");
          Optional<WarningEnd> end = endState == null ? Optional.empty() : Optional.of(new WarningEnd(
              WarningState.valueOf(endState), Sql.day(rs, "end_day"), Optional.ofNullable(rs.getString("end_reason"))));
          return Warning.restore(new WarningId(id), new UnitId(sql.uuid(rs, "unit_id")), subject, notice,
              rounds.getOrDefault(id, List.of()), end, rs.getLong("version"));
        });
  }

  private static WarningRound round(ResultSet rs) throws SQLException {
    LocalDate replied = Sql.day(rs, "reply_day");
    Optional<WarningReply> reply = replied == null ? Optional.empty() : Optional.of(new WarningReply(replied,
        Sql.requiredText(rs, "self_analysis"), Sql.requiredText(rs, "pledge"), Sql.requiredText(rs, "plan")));
    LocalDate returned = Sql.day(rs, "returned_day");
    LocalDate verified = Sql.day(rs, "verified_day");
    return new WarningRound(WarningLevel.valueOf(rs.getString("warning_level")), Sql.day(rs, "issued"),
        Sql.day(rs, "reply_due"), Optional.ofNullable(Sql.day(rs, "acknowledged")), reply,
        returned == null ? Optional.empty()
            : Optional.of(new Remark(returned, Sql.requiredText(rs, "returned_reason"))),
        Optional.ofNullable(Sql.day(rs, "accepted")), Optional.ofNullable(Sql.day(rs, "verify_by")),
        verified == null ? Optional.empty() : Optional.of(new WarningRound.Verification(verified,
            Sql.bool(rs, "verification_passed"), Sql.requiredText(rs, "verification_note"))));
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, Warning w) throws SQLException {
    Sql sql = store.sql();
    WarningNotice n = w.notice();
    int k = from;
    sql.uuid(ps, k++, w.subject().post().map(PostId::value).orElse(null));
    sql.uuid(ps, k++, w.subject().official().map(OfficialId::value).orElse(null));
    Sql.text(ps, k++, n.number());
    ps.setString(k++, n.origin().name());
    Sql.text(ps, k++, n.facts());
    Sql.text(ps, k++, n.requirements());
    sql.uuid(ps, k++, n.approver().value());
    ps.setString(k++, w.end().map(e -> e.state().name()).orElse(null));
    Sql.day(ps, k++, w.end().map(WarningEnd::day).orElse(null));
    Sql.text(ps, k, w.end().flatMap(WarningEnd::reason).orElse(null));
  }

  /** One row of a child table: the warning, the position in its list, and what is there. */
  private record Child<T>(Warning warning, int position, T value) {}

  private void insertChildren(Connection c, List<Warning> warnings) throws SQLException {
    Sql sql = store.sql();
    List<Child<WarningRound>> rounds = new ArrayList<>();
    List<Child<RiskPointId>> points = new ArrayList<>();
    for (Warning w : warnings) {
      for (int i = 0; i < w.rounds().size(); i++) {
        rounds.add(new Child<>(w, i, w.rounds().get(i)));
      }
      for (int i = 0; i < w.subject().points().size(); i++) {
        points.add(new Child<>(w, i, w.subject().points().get(i)));
      }
    }
    Statements.batch(c, "INSERT INTO lf_warning_round (" + ROUND_COLUMNS + ") VALUES (" + "?, ".repeat(17) + "?)",
        rounds, (ps, row) -> {
          WarningRound r = row.value();
          sql.uuid(ps, 1, row.warning().unitId().value());
          sql.uuid(ps, 2, row.warning().id().value());
          ps.setInt(3, row.position());
          ps.setString(4, r.level().name());
          Sql.day(ps, 5, r.issued());
          Sql.day(ps, 6, r.replyDue());
          Sql.day(ps, 7, r.acknowledged().orElse(null));
          Sql.day(ps, 8, r.reply().map(WarningReply::day).orElse(null));
          Sql.text(ps, 9, r.reply().map(WarningReply::selfAnalysis).orElse(null));
          Sql.text(ps, 10, r.reply().map(WarningReply::pledge).orElse(null));
          Sql.text(ps, 11, r.reply().map(WarningReply::plan).orElse(null));
          Sql.day(ps, 12, r.returned().map(Remark::day).orElse(null));
          Sql.text(ps, 13, r.returned().map(Remark::text).orElse(null));
          Sql.day(ps, 14, r.accepted().orElse(null));
          Sql.day(ps, 15, r.verifyBy().orElse(null));
          Sql.day(ps, 16, r.verification().map(WarningRound.Verification::day).orElse(null));
          Sql.bool(ps, 17, r.verification().map(WarningRound.Verification::passed).orElse(null));
          Sql.text(ps, 18, r.verification().map(WarningRound.Verification::note).orElse(null));
        });
    Statements.batch(c, "INSERT INTO lf_warning_point (unit_id, warning_id, ordinal, point_id) VALUES (?, ?, ?, ?)",
        points, (ps, row) -> {
          sql.uuid(ps, 1, row.warning().unitId().value());
          sql.uuid(ps, 2, row.warning().id().value());
          ps.setInt(3, row.position());
          sql.uuid(ps, 4, row.value().value());
        });
  }

  /** Inserts warnings (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<Warning> warnings) throws SQLException {
    Statements.batch(c, INSERT, warnings, (ps, w) -> {
      store.sql().uuid(ps, 1, w.id().value());
      store.sql().uuid(ps, 2, w.unitId().value());
      bindColumns(ps, 3, w);
      ps.setLong(13, Statements.insertedVersion(w.version()));
    });
    insertChildren(c, warnings);
  }

  @Override
  public Optional<Warning> find(WarningId id) {
    return store.records().find("read warning " + id, "warning_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<Warning> records) {
    store.insertBatch(Warning.class, records);
  }

  @Override
  public void insert(Warning w) {
    store.records().seen(w);
    store.write("insert warning " + w.id(), c -> {
      insertAll(c, List.of(w));
      return null;
    });
  }

  @Override
  public void update(Warning w) {
    store.write("update warning " + w.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, w);
        store.sql().uuid(ps, 11, w.id().value());
        store.sql().uuid(ps, 12, w.unitId().value());
        ps.setLong(13, w.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("Warning " + w.id(), w.version());
      }
      for (String table : List.of("lf_warning_round", "lf_warning_point")) {
        Statements.update(c, String.format(CHILDREN, table), ps -> {
          store.sql().uuid(ps, 1, w.id().value());
          store.sql().uuid(ps, 2, w.unitId().value());
        });
      }
      insertChildren(c, List.of(w));
      return null;
    });
  }

  @Override
  public List<Warning> inUnit(UnitId unit) {
    return store.read("read the warnings of " + unit, c -> load(c, "unit_id = ?", List.of(unit.value())));
  }
}
