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
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.grading.RiskGrade;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Deferred;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;
import org.lianfang.risk.SourceKind;
import org.lianfang.risk.StepRef;
import org.lianfang.spi.RiskPoints;

/**
 * Risk points in {@code lf_risk_point} (location, description, owners, grade, notice and confirmation as columns) with
 * their lists in child tables: sources, the grade's rules, the review history, notice comments and custom fields.
 * ({@link RiskPointLists}). One point is read in one statement; a list of points in two, the main rows and then all
 * their lists, never one per point.
 */
final class JdbcRiskPoints implements RiskPoints, BulkInsert<RiskPoint> {
  private static final String COLUMNS = "risk_point_id, unit_id, code, post_id, step_process_id, step_code, "
      + "power_item_id, category, description, manifestation, method, channel, owner_direct, owner_head, "
      + "owner_leader, state, g_probability, g_harm, g_major_matter, g_common_problem, g_level, g_policy_name, "
      + "g_policy_version, g_policy_parameters, g_by, g_at, g_stale, n_scope, n_start, n_end, c_decided_by, "
      + "c_decided_on, c_recorded_by, c_recorded_at, identified_by, identified_at, version";

  private final JdbcStoreCore store;
  private final CodeCounter numbers;
  private final RiskPointLists lists;

  JdbcRiskPoints(JdbcStoreCore store) {
    this.store = store;
    this.lists = new RiskPointLists(store);
    this.numbers = new CodeCounter(store, "risk_point", "lf_risk_point");
  }

  /** The lists of the points matching a condition, gathered by point. */
  private static final class Lists {
    final Map<UUID, List<RiskSource>> sources = new HashMap<>();
    final Map<UUID, List<FiredRule>> rules = new HashMap<>();
    final Map<UUID, List<ReviewRecord>> history = new HashMap<>();
    final Map<UUID, List<NoticeComment>> comments = new HashMap<>();
    final Map<UUID, Map<String, CustomValue>> custom = new HashMap<>();
  }

  /**
   * The five lists in one query (issue 9: one round trip, not five), each table's rows tagged by {@code t} and its
   * columns in the slots {@code a} to {@code f}; literals fill the slots a table does not use, typed as the others
   * (text, and a number for the instants), so every database reads the union's columns alike.
   */
  private static final String LISTS_OF = "SELECT 1 AS t, risk_point_id, position, kind AS a, description AS b, "
      + "'' AS c, '' AS d, '' AS e, 0 AS f FROM lf_risk_source WHERE %1$s "
      + "UNION ALL SELECT 2, risk_point_id, position, code, result, zh, en, '', 0 FROM lf_risk_rule WHERE %1$s "
      + "UNION ALL SELECT 3, risk_point_id, position, from_state, action, to_state, actor_id, note, at_ms "
      + "FROM lf_risk_review WHERE %1$s "
      + "UNION ALL SELECT 4, risk_point_id, position, author_id, body, '', '', '', received_at FROM lf_risk_comment "
      + "WHERE %1$s "
      + "UNION ALL SELECT 5, risk_point_id, 0, field_key, value_type, value_text, '', '', 0 FROM lf_risk_custom "
      + "WHERE %1$s";
  private static final String LISTS = LISTS_OF + " ORDER BY t, risk_point_id, position";

  /**
   * One point by id in one statement: its main row joined to its lists (a row per element, the main columns repeated),
   * so a command reads a point in one round trip, and every database answers one statement from one snapshot, so the
   * main row and the lists are of one version.
   */
  private static final String ONE = "SELECT m." + COLUMNS.replace(", ", ", m.") + ", l.t, l.position, l.a, l.b, "
      + "l.c, l.d, l.e, l.f FROM lf_risk_point m LEFT JOIN (" + String.format(LISTS_OF, "risk_point_id = ?")
      + ") l ON l.risk_point_id = m.risk_point_id WHERE m.risk_point_id = ? ORDER BY l.t, l.position";

  /**
   * The points whose main rows match {@code mainCondition}, with the lists matching {@code childCondition}, both
   * conditions taking {@code value} for each parameter. The main rows are read first. Inside a transaction that is
   * enough: a list written after its main row was read belongs to a newer version, so an update of the point from the
   * version read is refused as stale, and on MySQL and MariaDB every read of the transaction sees one snapshot anyway.
   * Outside one, a query repeats until the versions before and after agree ({@link Statements#consistently}).
   */
  private List<RiskPoint> load(Connection c, String mainCondition, String childCondition, UUID value)
      throws SQLException {
    Statements.Binder versions = ps -> store.sql().uuid(ps, 1, value);
    if (!store.inTransaction()) {
      return Statements.consistently(c, "lf_risk_point", "risk_point_id", mainCondition, versions,
          () -> loadOnce(c, mainCondition, childCondition, value));
    }
    try {
      return loadOnce(c, mainCondition, childCondition, value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StaleAggregateException("risk point rows changed while being read; retry the command", 0);
    }
  }

  private List<RiskPoint> loadOnce(Connection c, String mainCondition, String childCondition, UUID value)
      throws SQLException {
    Sql sql = store.sql();
    List<Function<Lists, RiskPoint>> rows = Statements.query(c, "SELECT " + COLUMNS
        + " FROM lf_risk_point WHERE " + mainCondition + " ORDER BY risk_point_id", ps -> sql.uuid(ps, 1, value),
        this::row);
    if (rows.isEmpty()) {
      return List.of();
    }
    Lists l = new Lists();
    String lists = String.format(LISTS, childCondition);
    Statements.query(c, lists, everyParameter(lists, value), rs -> {
      listElement(rs, sql.uuid(rs, "risk_point_id"), l);
      return null;
    });
    List<RiskPoint> points = new ArrayList<>(rows.size());
    rows.forEach(r -> points.add(r.apply(l)));
    return points;
  }

  /** Binds one id to every parameter of a statement whose conditions all take it. */
  private Statements.Binder everyParameter(String statement, UUID value) {
    int parameters = (int) statement.chars().filter(ch -> ch == '?').count();
    return ps -> {
      for (int i = 1; i <= parameters; i++) {
        store.sql().uuid(ps, i, value);
      }
    };
  }

  /** Adds the element a row of {@link #LISTS_OF} holds to the point's list. */
  private static void listElement(ResultSet rs, UUID id, Lists l) throws SQLException {
    switch (rs.getInt("t")) {
      case 1 -> l.sources.computeIfAbsent(id, k -> new ArrayList<>()).add(new RiskSource(
          SourceKind.valueOf(rs.getString("a")), Sql.requiredText(rs, "b")));
      case 2 -> l.rules.computeIfAbsent(id, k -> new ArrayList<>()).add(new FiredRule(rs.getString("a"),
          RiskGrade.valueOf(rs.getString("b")), Sql.requiredText(rs, "c"), Sql.requiredText(rs, "d")));
      case 3 -> l.history.computeIfAbsent(id, k -> new ArrayList<>()).add(new ReviewRecord(
          ReviewState.valueOf(rs.getString("a")), ReviewAction.valueOf(rs.getString("b")),
          ReviewState.valueOf(rs.getString("c")), rs.getString("d"), Sql.instant(rs, "f"),
          Sql.requiredText(rs, "e")));
      case 4 -> l.comments.computeIfAbsent(id, k -> new ArrayList<>()).add(new NoticeComment(rs.getString("a"),
          Sql.requiredText(rs, "b"), Sql.instant(rs, "f")));
      case 5 -> l.custom.computeIfAbsent(id, k -> new TreeMap<>()).put(rs.getString("a"),
          RiskPointLists.customValue(rs.getString("b"), Sql.requiredText(rs, "c")));
      default -> { } // a point without lists: its one row has no element
    }
  }

  /** Reads a main row now and makes the point once its lists are read. */
  private Function<Lists, RiskPoint> row(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    UUID id = sql.uuid(rs, "risk_point_id");
    UnitId unit = new UnitId(sql.uuid(rs, "unit_id"));
    UUID stepProcess = sql.uuid(rs, "step_process_id");
    RiskLocation location = RiskLocation.of(unit, Optional.ofNullable(sql.uuid(rs, "post_id")).map(PostId::new),
        stepProcess == null ? Optional.empty()
            : Optional.of(new StepRef(new ProcessId(stepProcess), new StepId(rs.getString("step_code")))),
        Optional.ofNullable(sql.uuid(rs, "power_item_id")).map(PowerItemId::new));
    RiskCategory category = RiskCategory.valueOf(rs.getString("category"));
    String description = Sql.requiredText(rs, "description");
    String manifestation = Sql.requiredText(rs, "manifestation");
    DiscoveryMethod method = DiscoveryMethod.valueOf(rs.getString("method"));
    DiscoveryChannel channel = DiscoveryChannel.valueOf(rs.getString("channel"));
    UUID direct = sql.uuid(rs, "owner_direct");
    Optional<OwnerChain> owners = direct == null ? Optional.empty()
        : Optional.of(new OwnerChain(new OfficialId(direct), new OfficialId(sql.uuid(rs, "owner_head")),
            new OfficialId(sql.uuid(rs, "owner_leader"))));
    String level = rs.getString("g_level");
    Function<List<FiredRule>, Optional<GradingRecord>> grading = rules -> Optional.empty();
    if (level != null) {
      Assessment a = new Assessment(rs.getInt("g_probability"), rs.getInt("g_harm"), rs.getBoolean("g_major_matter"),
          rs.getBoolean("g_common_problem"));
      PolicyVersion policy = new PolicyVersion(rs.getString("g_policy_name"), rs.getString("g_policy_version"),
          Sql.requiredText(rs, "g_policy_parameters"));
      String by = rs.getString("g_by");
      java.time.Instant at = Sql.instant(rs, "g_at");
      boolean stale = rs.getBoolean("g_stale");
      grading = rules -> Optional.of(new GradingRecord(a, new Grade(RiskGrade.valueOf(level), rules, policy), by, at,
          stale));
    }
    LocalDate noticeStart = Sql.day(rs, "n_start");
    String noticeScope = rs.getString("n_scope");
    LocalDate noticeEnd = Sql.day(rs, "n_end");
    LocalDate decidedOn = Sql.day(rs, "c_decided_on");
    Optional<Confirmation> confirmation = decidedOn == null ? Optional.empty()
        : Optional.of(new Confirmation(rs.getString("c_decided_by"), decidedOn, rs.getString("c_recorded_by"),
            Sql.instant(rs, "c_recorded_at")));
    String code = rs.getString("code");
    ReviewState state = ReviewState.valueOf(rs.getString("state"));
    String identifiedBy = rs.getString("identified_by");
    java.time.Instant identifiedAt = Sql.instant(rs, "identified_at");
    long version = rs.getLong("version");
    Function<List<FiredRule>, Optional<GradingRecord>> graded = grading;
    return l -> RiskPoint.restore(new RiskPointId(id), code, location, new RiskDescription(category, description,
        manifestation, l.sources.getOrDefault(id, List.of()), method, channel), owners,
        CustomFields.of(l.custom.getOrDefault(id, Map.of())), state,
        graded.apply(l.rules.getOrDefault(id, List.of())),
        noticeStart == null ? Optional.empty() : Optional.of(new PublicNotice(noticeScope, noticeStart, noticeEnd,
            l.comments.getOrDefault(id, List.of()))),
        confirmation, l.history.getOrDefault(id, List.of()), identifiedBy, identifiedAt, version);
  }

  /**
   * Binds every column of {@link #COLUMNS} after the id and the unit, and before the version, from parameter {@code k}.
   *
   * @return the next parameter index
   */
  private int bindFacts(PreparedStatement ps, int k, RiskPoint p) throws SQLException {
    Sql sql = store.sql();
    RiskLocation loc = p.location();
    ps.setString(k++, p.code());
    sql.uuid(ps, k++, loc.post().map(PostId::value).orElse(null));
    sql.uuid(ps, k++, loc.step().map(x -> x.process().value()).orElse(null));
    Sql.text(ps, k++, loc.step().map(x -> x.step().code()).orElse(null));
    sql.uuid(ps, k++, loc.powerItem().map(PowerItemId::value).orElse(null));
    RiskDescription d = p.description();
    ps.setString(k++, d.category().name());
    ps.setString(k++, d.description());
    ps.setString(k++, d.manifestation());
    ps.setString(k++, d.method().name());
    ps.setString(k++, d.channel().name());
    sql.uuid(ps, k++, p.owners().map(o -> o.directOwner().value()).orElse(null));
    sql.uuid(ps, k++, p.owners().map(o -> o.sectionHead().value()).orElse(null));
    sql.uuid(ps, k++, p.owners().map(o -> o.responsibleLeader().value()).orElse(null));
    ps.setString(k++, p.state().name());
    Optional<GradingRecord> g = p.grading();
    Sql.integer(ps, k++, g.map(x -> x.assessment().probability()).orElse(null));
    Sql.integer(ps, k++, g.map(x -> x.assessment().harm()).orElse(null));
    Sql.bool(ps, k++, g.map(x -> x.assessment().majorMatter()).orElse(null));
    Sql.bool(ps, k++, g.map(x -> x.assessment().commonProblem()).orElse(null));
    Sql.text(ps, k++, g.map(x -> x.grade().level().name()).orElse(null));
    Sql.text(ps, k++, g.map(x -> x.grade().policy().name()).orElse(null));
    Sql.text(ps, k++, g.map(x -> x.grade().policy().version()).orElse(null));
    Sql.text(ps, k++, g.map(x -> x.grade().policy().parameters()).orElse(null));
    Sql.text(ps, k++, g.map(GradingRecord::gradedBy).orElse(null));
    Sql.instant(ps, k++, g.map(GradingRecord::gradedAt).orElse(null));
    Sql.bool(ps, k++, g.map(GradingRecord::stale).orElse(null));
    Optional<PublicNotice> n = p.notice();
    Sql.text(ps, k++, n.map(PublicNotice::scope).orElse(null));
    Sql.day(ps, k++, n.map(PublicNotice::start).orElse(null));
    Sql.day(ps, k++, n.map(PublicNotice::end).orElse(null));
    Optional<Confirmation> c = p.confirmation();
    Sql.text(ps, k++, c.map(Confirmation::decidedBy).orElse(null));
    Sql.day(ps, k++, c.map(Confirmation::decidedOn).orElse(null));
    Sql.text(ps, k++, c.map(Confirmation::recordedBy).orElse(null));
    Sql.instant(ps, k++, c.map(Confirmation::recordedAt).orElse(null));
    ps.setString(k++, p.identifiedBy());
    Sql.instant(ps, k++, p.identifiedAt());
    return k;
  }

  private static final String INSERT = "INSERT INTO lf_risk_point (" + COLUMNS + ") VALUES (" + "?, ".repeat(36)
      + "?)";

  /** Binds a point's row for {@link #INSERT} from position {@code k} on; @return the position after it. */
  private int bindInsert(PreparedStatement ps, int k, RiskPoint p) throws SQLException {
    store.sql().uuid(ps, k, p.id().value());
    store.sql().uuid(ps, k + 1, p.location().unit().value());
    int next = bindFacts(ps, k + 2, p);
    ps.setLong(next, Statements.insertedVersion(p.version()));
    return next + 1;
  }

  @Override
  public void insertAll(Connection c, List<RiskPoint> points) throws SQLException {
    Statements.batch(c, INSERT, points, (ps, p) -> bindInsert(ps, 1, p));
    lists.insert(c, points);
  }

  @Override
  public Optional<RiskPoint> find(RiskPointId id) {
    Optional<RiskPoint> found = store.read("read risk point " + id, c -> {
      Lists l = new Lists();
      List<Function<Lists, RiskPoint>> main = new ArrayList<>(1);
      Statements.query(c, ONE, everyParameter(ONE, id.value()), rs -> {
        if (main.isEmpty()) {
          main.add(row(rs));
        }
        listElement(rs, id.value(), l);
        return null;
      });
      return main.stream().findFirst().map(r -> r.apply(l));
    });
    found.ifPresent(p -> store.remembered().put(id, p));
    return found;
  }

  /**
   * On PostgreSQL a new point and its lists are one deferred write (issue 9), sent with the command's others, unless a
   * list is too long for one statement.
   */
  @Override
  public void insert(RiskPoint p) {
    if (store.dialect() == Dialect.POSTGRESQL && RiskPointLists.fitOneStatement(p)) {
      List<Deferred.Part> parts = new ArrayList<>();
      parts.add(new Deferred.Part("lf_risk_point", INSERT + " RETURNING 1", (ps, k) -> bindInsert(ps, k, p),
          Deferred.Check.none()));
      parts.addAll(lists.inserts(p));
      store.defer(Deferred.of("insert risk point " + p.code(), parts));
      return;
    }
    store.write("insert risk point " + p.code(), c -> {
      insertAll(c, List.of(p));
      return null;
    });
  }

  /** The update: every column after the id and the unit, and before the version, in order; the version checked. */
  private static final String UPDATE = "UPDATE lf_risk_point SET " + java.util.Arrays.stream(COLUMNS.split(", "))
      .skip(2).limit(34).map(col -> col + " = ?").collect(java.util.stream.Collectors.joining(", "))
      + ", version = version + 1 WHERE risk_point_id = ? AND unit_id = ? AND version = ?";

  /** Binds {@link #UPDATE} from position {@code k} on; @return the position after it. */
  private int bindUpdate(PreparedStatement ps, int k, RiskPoint p) throws SQLException {
    int next = bindFacts(ps, k, p);
    store.sql().uuid(ps, next, p.id().value());
    store.sql().uuid(ps, next + 1, p.location().unit().value());
    ps.setLong(next + 2, p.version());
    return next + 3;
  }

  /**
   * On PostgreSQL the point's row and its changed lists are one deferred write (issue 9), sent with the command's
   * others, unless a list is too long for one statement; lists replaced whole are deleted in a write before it.
   */
  @Override
  public void update(RiskPoint p) {
    if (store.dialect() == Dialect.POSTGRESQL && RiskPointLists.fitOneStatement(p)) {
      RiskPointLists.Changes changes = lists.changes(readBefore(p), p);
      if (!changes.deletes().isEmpty()) {
        store.defer(Deferred.of("replace the lists of risk point " + p.code(), changes.deletes()));
      }
      List<Deferred.Part> parts = new ArrayList<>();
      parts.add(new Deferred.Part("lf_risk_point", UPDATE + " RETURNING 1", (ps, k) -> bindUpdate(ps, k, p),
          rows -> rows == 0 ? Optional.of(stale(p)) : Optional.empty()));
      parts.addAll(changes.inserts());
      store.defer(Deferred.of("update risk point " + p.code(), parts));
      store.remembered().put(p.id(), p.withVersion(p.version() + 1));
      return;
    }
    store.write("update risk point " + p.code(), c -> {
      int n = Statements.update(c, UPDATE, ps -> bindUpdate(ps, 1, p));
      if (n == 0) {
        throw stale(p);
      }
      RiskPoint read = readBefore(p);
      if (read != null) {
        lists.update(c, read, p);
      } else {
        lists.replace(c, p);
      }
      store.remembered().put(p.id(), p.withVersion(p.version() + 1));
      return null;
    });
  }

  /** @return the point as this transaction read it at the version being updated, or null if it did not */
  private RiskPoint readBefore(RiskPoint p) {
    return store.remembered().get(p.id()) instanceof RiskPoint read && read.version() == p.version() ? read : null;
  }

  private static StaleAggregateException stale(RiskPoint p) {
    return new StaleAggregateException("RiskPoint " + p.id(), p.version());
  }

  @Override
  public List<RiskPoint> inUnit(UnitId unit) {
    return store.read("read the risk points of " + unit, c -> load(c, "unit_id = ?", "unit_id = ?",
        unit.value()));
  }

  @Override
  public long nextCodeNumber(UnitId unit) {
    return numbers.next(unit.value());
  }

  @Override
  public List<RiskPoint> onPost(PostId post) {
    return store.read("read the risk points of post " + post, c -> load(c, "post_id = ?",
        "risk_point_id IN (SELECT risk_point_id FROM lf_risk_point WHERE post_id = ?)", post.value()));
  }
}
