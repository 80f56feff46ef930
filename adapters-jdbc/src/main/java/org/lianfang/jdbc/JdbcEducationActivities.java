package org.lianfang.jdbc;

import java.math.BigDecimal;
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
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.EducationContent;
import org.lianfang.control.EducationForm;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.Withdrawal;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.EducationActivities;

/**
 * Education activities in {@code lf_education_activity}, the officials who attended and the posts and points each was
 * aimed at in order in {@code lf_education_ref}, its evidence in order in {@code lf_education_evidence} (schema
 * version 12).
 */
final class JdbcEducationActivities implements EducationActivities, BulkInsert<EducationActivity> {
  private static final String ATTENDEE = "attendee";
  private static final String POST = "post";
  private static final String POINT = "point";
  private static final String COLUMNS = "activity_id, unit_id, form, held, topic, lecturer, lecturer_id, hours, "
      + "recorded, withdrawn, withdrawal_reason, version";
  private static final String INSERT = "INSERT INTO lf_education_activity (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(11) + "?)";
  private static final String UPDATE = "UPDATE lf_education_activity SET form = ?, held = ?, topic = ?, "
      + "lecturer = ?, lecturer_id = ?, hours = ?, recorded = ?, withdrawn = ?, withdrawal_reason = ?, "
      + "version = version + 1 WHERE activity_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcEducationActivities(JdbcStoreCore store) {
    this.store = store;
  }

  /**
   * @param condition which activities, on a column every table of an activity has ({@code unit_id}, {@code
   *     activity_id}), its parameters each one of {@code values} in turn
   */
  private List<EducationActivity> load(Connection c, String condition, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_education_activity", "activity_id", condition,
        InUnits.cyclically(store.sql(), condition, values), () -> loadOnce(c, condition, values));
  }

  /** The lists of one activity, as read from lf_education_ref. */
  private static final class Refs {
    final List<OfficialId> attendees = new ArrayList<>();
    final List<PostId> posts = new ArrayList<>();
    final List<RiskPointId> points = new ArrayList<>();
  }

  private List<EducationActivity> loadOnce(Connection c, String condition, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder binder = InUnits.cyclically(sql, condition, values);
    Map<UUID, Refs> refs = new HashMap<>();
    Statements.query(c, "SELECT activity_id, kind, ref_id FROM lf_education_ref WHERE " + condition
        + " ORDER BY activity_id, kind, ordinal", binder, rs -> {
          Refs r = refs.computeIfAbsent(sql.uuid(rs, "activity_id"), k -> new Refs());
          UUID ref = sql.uuid(rs, "ref_id");
          switch (rs.getString("kind")) {
            case ATTENDEE -> r.attendees.add(new OfficialId(ref));
            case POST -> r.posts.add(new PostId(ref));
            case POINT -> r.points.add(new RiskPointId(ref));
            default -> throw new SQLException("unknown kind of education reference: " + rs.getString("kind"));
          }
          return null;
        });
    Map<UUID, List<EvidenceRef>> evidence = new HashMap<>();
    Statements.query(c, "SELECT activity_id, title, location, digest FROM lf_education_evidence WHERE " + condition
        + " ORDER BY activity_id, ordinal", binder,
        rs -> evidence.computeIfAbsent(sql.uuid(rs, "activity_id"), k -> new ArrayList<>()).add(new EvidenceRef(
            Sql.requiredText(rs, "title"), Sql.requiredText(rs, "location"),
            Optional.ofNullable(rs.getString("digest")))));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_education_activity WHERE " + condition
        + " ORDER BY activity_id", binder, rs -> {
          UUID id = sql.uuid(rs, "activity_id");
          Refs r = refs.getOrDefault(id, new Refs());
          UUID lecturer = sql.uuid(rs, "lecturer_id");
          EducationContent content = new EducationContent(EducationForm.valueOf(rs.getString("form")),
              Sql.day(rs, "held"), Sql.requiredText(rs, "topic"), Sql.requiredText(rs, "lecturer"),
              Optional.ofNullable(lecturer).map(OfficialId::new), r.attendees, new BigDecimal(rs.getString("hours")),
              r.posts, r.points, evidence.getOrDefault(id, List.of()));
          LocalDate withdrawn = Sql.day(rs, "withdrawn");
          Optional<Withdrawal> withdrawal = withdrawn == null ? Optional.empty()
              : Optional.of(new Withdrawal(withdrawn, Sql.requiredText(rs, "withdrawal_reason")));
          return EducationActivity.restore(new EducationActivityId(id), new UnitId(sql.uuid(rs, "unit_id")),
              content, Sql.day(rs, "recorded"), withdrawal, rs.getLong("version"));
        });
  }

  /** Binds every column but the id, the unit and the version, from parameter {@code from} on. */
  private void bindColumns(PreparedStatement ps, int from, EducationActivity a) throws SQLException {
    EducationContent c = a.content();
    int k = from;
    ps.setString(k++, c.form().name());
    Sql.day(ps, k++, c.held());
    Sql.text(ps, k++, c.topic());
    Sql.text(ps, k++, c.lecturer());
    store.sql().uuid(ps, k++, c.lecturerId().map(OfficialId::value).orElse(null));
    ps.setString(k++, c.hours().toString());
    Sql.day(ps, k++, a.recorded());
    Sql.day(ps, k++, a.withdrawal().map(Withdrawal::day).orElse(null));
    Sql.text(ps, k, a.withdrawal().map(Withdrawal::reason).orElse(null));
  }

  /** One row of a child table: the activity, the list (for references), the position in it, and what is there. */
  private record Child(EducationActivity activity, String kind, int position, Object value) {}

  private void insertChildren(Connection c, List<EducationActivity> activities) throws SQLException {
    Sql sql = store.sql();
    List<Child> refs = new ArrayList<>();
    List<Child> evidence = new ArrayList<>();
    for (EducationActivity a : activities) {
      EducationContent content = a.content();
      addAll(refs, a, ATTENDEE, content.attendees().stream().map(OfficialId::value).toList());
      addAll(refs, a, POST, content.posts().stream().map(PostId::value).toList());
      addAll(refs, a, POINT, content.points().stream().map(RiskPointId::value).toList());
      addAll(evidence, a, null, content.evidence());
    }
    Statements.batch(c, "INSERT INTO lf_education_ref (unit_id, activity_id, kind, ordinal, ref_id) "
        + "VALUES (?, ?, ?, ?, ?)", refs, (ps, row) -> {
          sql.uuid(ps, 1, row.activity().unitId().value());
          sql.uuid(ps, 2, row.activity().id().value());
          ps.setString(3, row.kind());
          ps.setInt(4, row.position());
          sql.uuid(ps, 5, (UUID) row.value());
        });
    Statements.batch(c, "INSERT INTO lf_education_evidence (unit_id, activity_id, ordinal, title, location, "
        + "digest) VALUES (?, ?, ?, ?, ?, ?)", evidence, (ps, row) -> {
          EvidenceRef e = (EvidenceRef) row.value();
          sql.uuid(ps, 1, row.activity().unitId().value());
          sql.uuid(ps, 2, row.activity().id().value());
          ps.setInt(3, row.position());
          Sql.text(ps, 4, e.title());
          Sql.text(ps, 5, e.location());
          Sql.text(ps, 6, e.digest().orElse(null));
        });
  }

  private static void addAll(List<Child> rows, EducationActivity a, String kind, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      rows.add(new Child(a, kind, i, values.get(i)));
    }
  }

  /** Inserts activities (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<EducationActivity> activities) throws SQLException {
    Statements.batch(c, INSERT, activities, (ps, a) -> {
      store.sql().uuid(ps, 1, a.id().value());
      store.sql().uuid(ps, 2, a.unitId().value());
      bindColumns(ps, 3, a);
      ps.setLong(12, Statements.insertedVersion(a.version()));
    });
    insertChildren(c, activities);
  }

  @Override
  public Optional<EducationActivity> find(EducationActivityId id) {
    return store.records().find("read education activity " + id, "activity_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<EducationActivity> records) {
    store.insertBatch(EducationActivity.class, records);
  }

  @Override
  public void insert(EducationActivity a) {
    store.records().seen(a);
    store.write("insert education activity " + a.id(), c -> {
      insertAll(c, List.of(a));
      return null;
    });
  }

  @Override
  public void update(EducationActivity a) {
    store.write("update education activity " + a.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindColumns(ps, 1, a);
        store.sql().uuid(ps, 10, a.id().value());
        store.sql().uuid(ps, 11, a.unitId().value());
        ps.setLong(12, a.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("EducationActivity " + a.id(), a.version());
      }
      for (String table : List.of("lf_education_ref", "lf_education_evidence")) {
        Statements.update(c, "DELETE FROM " + table + " WHERE activity_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, a.id().value());
          store.sql().uuid(ps, 2, a.unitId().value());
        });
      }
      insertChildren(c, List.of(a));
      return null;
    });
  }

  @Override
  public List<EducationActivity> inUnit(UnitId unit) {
    return store.read("read the education activities of " + unit, c -> load(c, "unit_id = ?",
        List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each three statements (and the version checks), as {@link #inUnit}. */
  @Override
  public Map<UnitId, List<EducationActivity>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the education activities of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
