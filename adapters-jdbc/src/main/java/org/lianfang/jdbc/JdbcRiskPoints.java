package org.lianfang.jdbc;

import static org.lianfang.jdbc.RiskPointRows.COLUMNS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.grading.RiskGrade;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Deferred;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.ledger.ChainHead;
import org.lianfang.organization.PostId;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeKey;
import org.lianfang.risk.PointStanding;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointCodes;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.RiskPoints;

/**
 * Risk points in {@code lf_risk_point} (location, description, owners, grade, notice and confirmation as columns) with
 * their lists in child tables: sources, the grade's rules, the review history, notice comments and custom fields.
 * ({@link RiskPointLists}). One point is read in one statement; a list of points in two, the main rows and then all
 * their lists, never one per point.
 */
final class JdbcRiskPoints implements RiskPoints, BulkInsert<RiskPoint> {
  private final JdbcStoreCore store;
  private final CodeCounter numbers;
  private final RiskPointLists lists;
  private final RiskPointsOnNotice onNotice;

  JdbcRiskPoints(JdbcStoreCore store) {
    this.store = store;
    this.lists = new RiskPointLists(store);
    this.onNotice = new RiskPointsOnNotice(store);
    this.numbers = new CodeCounter(store, "risk_point", "risk_point_number", "lf_risk_point", RiskPointCodes::number);
  }

  /**
   * The five lists in one query (issue 9: one round trip, not five), each table's rows tagged by {@code t} and its
   * columns in the slots {@code a} to {@code f}; literals fill the slots a table does not use, typed as the others
   * (text, and a number for the instants), so every database reads the union's columns alike. Without an {@code ORDER
   * BY}: each element goes to its row's position ({@link PositionedLists}).
   */
  private static final String LISTS = "SELECT 1 AS t, risk_point_id, ordinal, kind AS a, description AS b, "
      + "'' AS c, '' AS d, '' AS e, 0 AS f FROM lf_risk_source WHERE %1$s "
      + "UNION ALL SELECT 2, risk_point_id, ordinal, code, result, zh, en, '', 0 FROM lf_risk_rule WHERE %1$s "
      + "UNION ALL SELECT 3, risk_point_id, ordinal, from_state, action, to_state, actor_id, note, at_ms "
      + "FROM lf_risk_review WHERE %1$s "
      + "UNION ALL SELECT 4, risk_point_id, ordinal, author_id, body, seal, '', '', received_at FROM lf_risk_comment "
      + "WHERE %1$s "
      + "UNION ALL SELECT 5, risk_point_id, 0, field_key, value_type, value_text, '', '', 0 FROM lf_risk_custom "
      + "WHERE %1$s";

  /**
   * One point by id in one statement: its main row joined to its lists (a row per element, the main columns repeated),
   * so a command reads a point in one round trip, and every database answers one statement from one snapshot, so the
   * main row and the lists are of one version.
   */
  private static final String ONE = one("");

  /**
   * {@link #ONE} naming the point's unit too, through ShardingSphere once the store has seen the point ({@link
   * RecordUnits#byId}), so that the read goes to the unit's server alone.
   */
  private static final String ONE_IN_UNIT = one(" AND unit_id = ?");
  private static final int ONE_IN_UNIT_PARAMETERS = InUnits.parameters(ONE_IN_UNIT);

  /** @param inUnit what follows each condition on the point's id @return {@link #ONE} so conditioned */
  private static String one(String inUnit) {
    return joined("risk_point_id = ?" + inUnit, "m.risk_point_id = ?" + inUnit.replace("unit_id", "m.unit_id"),
        "l.t, l.ordinal");
  }

  /**
   * Points read whole in one statement: their main rows ({@code m}) joined to their lists ({@code l}, {@link #LISTS}),
   * a row per element, the main columns repeated.
   *
   * @param lists the condition on the list tables
   * @param main the condition on the main rows
   * @param order the order of the rows
   * @return the statement
   */
  static String joined(String lists, String main, String order) {
    return "SELECT m." + COLUMNS.replace(", ", ", m.") + ", l.t, l.ordinal, l.a, l.b, l.c, l.d, l.e, l.f "
        + "FROM lf_risk_point m LEFT JOIN (" + String.format(LISTS, lists) + ") l ON l.risk_point_id = "
        + "m.risk_point_id WHERE " + main + " ORDER BY " + order;
  }

  /**
   * {@link #ONE} that also locks the point's unit's journal head ({@code FOR UPDATE OF h}), for a PostgreSQL command
   * that holds its writes back (issue 9): every command that reads a point goes on to append to that unit's journal,
   * so it locks the head here, in the same round trip, instead of in a statement of its own before appending
   * ({@link JdbcJournal.LockedHead}). A point whose unit has no head yet reads through {@link #ONE}.
   */
  private static final String ONE_LOCKING_HEAD = ONE.replace(" FROM lf_risk_point m LEFT JOIN",
      ", h.sequence AS head_sequence, h.hash AS head_hash FROM lf_risk_point m "
      + "JOIN lf_journal_head h ON h.unit_id = m.unit_id LEFT JOIN") + " FOR UPDATE OF h";
  /** The parameters of {@link #ONE} and {@link #ONE_LOCKING_HEAD}, all the point's id: counted once, not per read. */
  private static final int ONE_PARAMETERS = InUnits.parameters(ONE);

  /**
   * The points whose main rows match {@code mainCondition}, with the lists matching {@code childCondition}, both
   * conditions taking {@code value} for each parameter. The main rows are read first. Inside a transaction that is
   * enough: a list written after its main row was read belongs to a newer version, so an update of the point from the
   * version read is refused as stale, and on MySQL and MariaDB every read of the transaction sees one snapshot anyway.
   * Outside one, the load repeats until the versions read after it are those of the main rows it read ({@link
   * Statements#consistentlyMainRowsFirst}).
   */
  private List<RiskPoint> load(Connection c, String mainCondition, String childCondition, List<UUID> values)
      throws SQLException {
    if (!store.inTransaction()) {
      return Statements.consistentlyMainRowsFirst(c, "lf_risk_point", "risk_point_id", mainCondition,
          InUnits.cyclically(store.sql(), mainCondition, values),
          () -> loadOnce(c, mainCondition, childCondition, values, UnaryOperator.identity()));
    }
    try {
      return loadOnce(c, mainCondition, childCondition, values, UnaryOperator.identity());
    } catch (IllegalArgumentException | NullPointerException e) {
      if (store.inSnapshot()) { // one state whole: nothing changed while it was read, so the rows are damaged
        throw new JdbcException("the rows of lf_risk_point do not form a valid record", e);
      }
      throw new StaleAggregateException("risk point rows changed while being read; retry the command", 0);
    }
  }

  private List<RiskPoint> loadOnce(Connection c, String mainCondition, String childCondition, List<UUID> values,
      UnaryOperator<String> tables) throws SQLException {
    Sql sql = store.sql();
    List<Function<RiskPointRows.Lists, RiskPoint>> rows = Statements.query(c, tables.apply("SELECT " + COLUMNS
        + " FROM lf_risk_point WHERE " + mainCondition + " ORDER BY risk_point_id"),
        InUnits.cyclically(sql, mainCondition, values), rs -> RiskPointRows.row(sql, rs));
    if (rows.isEmpty()) {
      return List.of();
    }
    RiskPointRows.Lists l = new RiskPointRows.Lists();
    String lists = tables.apply(String.format(LISTS, childCondition));
    Statements.query(c, lists, InUnits.cyclically(sql, lists, values), rs -> {
      RiskPointRows.listElement(rs, sql.uuid(rs, 2), l, 1, 3); // t, risk_point_id, position, a…
      return null;
    });
    List<RiskPoint> points = new ArrayList<>(rows.size());
    rows.forEach(r -> points.add(r.apply(l)));
    return points;
  }

  /**
   * The units' points frozen in their registers of a year ({@link JdbcRegisters}): the live statements on the
   * register's tables, which have the live columns and the year.
   *
   * @param c the connection
   * @param units a condition on {@code unit_id} ({@code unit_id = ?}, {@code unit_id IN (?, …)})
   * @param values the units it names
   * @param year a year
   * @return their frozen points, in id order
   */
  List<RiskPoint> frozen(Connection c, String units, List<UUID> values, Year year) throws SQLException {
    String condition = units + " AND register_year = " + year.getValue();
    return loadOnce(c, condition, condition, values, JdbcRegisters::twins);
  }

  private static final String INSERT = "INSERT INTO lf_risk_point (" + COLUMNS + ") VALUES (" + "?, ".repeat(39)
      + "?)";

  /** Binds a point's row for {@link #INSERT} from position {@code k} on; @return the position after it. */
  private int bindInsert(PreparedStatement ps, int k, RiskPoint p) throws SQLException {
    store.sql().uuid(ps, k, p.id().value());
    store.sql().uuid(ps, k + 1, p.location().unit().value());
    int next = RiskPointRows.bindFacts(store.sql(), ps, k + 2, p);
    ps.setLong(next, Statements.insertedVersion(p.version()));
    return next + 1;
  }

  @Override
  public void insertAll(Connection c, List<RiskPoint> points) throws SQLException {
    Statements.batch(c, INSERT, points, (ps, p) -> bindInsert(ps, 1, p));
    lists.insert(c, points);
    // restored points (from a ledger, a bulk load) may hold any code: their units' numbers go on after them
    Map<UUID, Long> highest = new LinkedHashMap<>();
    points.stream().filter(p -> p.version() > 0).forEach(p -> highest.merge(p.location().unit().value(),
        RiskPointCodes.number(p.code()), Math::max));
    numbers.follow(c, highest);
  }

  /**
   * Writes points into a register's twin tables ({@link JdbcRegisters#restore}), at their versions, one batch per
   * table; the unit's code numbers are the live records' and stay as they are.
   *
   * @param c the connection
   * @param points the register's points
   * @param twins the twins' inserts made from the live ones
   */
  void insertFrozen(Connection c, List<RiskPoint> points, UnaryOperator<String> twins) throws SQLException {
    Statements.batch(c, twins.apply(INSERT), points, (ps, p) -> bindInsert(ps, 1, p));
    lists.insert(c, points, twins);
  }

  @Override
  public Optional<RiskPoint> find(RiskPointId id) {
    boolean lockHead = store.holdsWrites();
    Optional<RiskPoint> found = store.read("read risk point " + id, c -> {
      // its unit's head locked where writes are held (never through ShardingSphere); through ShardingSphere its
      // unit named once known; if that found nothing, by its id alone
      RecordUnits.ById by = lockHead ? null : store.records().byId(c, "risk_point_id", id.value());
      Optional<RiskPoint> point = lockHead ? readOne(c, id, ONE_LOCKING_HEAD, List.of(id.value()))
          : readOne(c, id, by.namesUnit() ? ONE_IN_UNIT : ONE, by.values());
      return point.isEmpty() && (lockHead || by.namesUnit()) ? readOne(c, id, ONE, List.of(id.value())) : point;
    });
    found.ifPresent(p -> store.remembered().put(id, p));
    return store.records().seenIf(found);
  }

  private Optional<RiskPoint> readOne(Connection c, RiskPointId id, String query, List<UUID> values)
      throws SQLException {
    boolean lockHead = query.equals(ONE_LOCKING_HEAD);
    int parameters = query.equals(ONE_IN_UNIT) ? ONE_IN_UNIT_PARAMETERS : ONE_PARAMETERS;
    RiskPointRows.Lists l = new RiskPointRows.Lists();
    List<Function<RiskPointRows.Lists, RiskPoint>> main = new ArrayList<>(1);
    Statements.query(c, query, InUnits.cyclically(store.sql(), parameters, values), rs -> {
      if (main.isEmpty()) {
        main.add(RiskPointRows.row(store.sql(), rs));
        if (lockHead) {
          UnitId unit = new UnitId(store.sql().uuid(rs, "unit_id"));
          store.remembered().putIfAbsent(new JdbcJournal.LockedHead(unit),
              new ChainHead(unit, rs.getLong("head_sequence"), rs.getString("head_hash")));
        }
      }
      RiskPointRows.listElement(rs, id.value(), l, RiskPointRows.JOINED_T, RiskPointRows.JOINED_POSITION);
      return null;
    });
    return main.stream().findFirst().map(r -> r.apply(l));
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<RiskPoint> records) {
    store.insertBatch(RiskPoint.class, records);
  }

  /**
   * On PostgreSQL a new point and its lists are one deferred write (issue 9), sent with the command's others, unless a
   * list is too long for one statement. A restored point (version 1 or more) is written at once, with its unit's
   * numbers moved past its code's ({@link #insertAll(Connection, List)}).
   */
  @Override
  public void insert(RiskPoint p) {
    store.records().seen(p);
    if (store.dialect() == Dialect.POSTGRESQL && p.version() == 0 && RiskPointLists.fitOneStatement(p)) {
      List<Deferred.Part> parts = new ArrayList<>();
      parts.add(new Deferred.Part("lf_risk_point", INSERT, (ps, k) -> bindInsert(ps, k, p),
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
      .skip(2).limit(37).map(col -> col + " = ?").collect(java.util.stream.Collectors.joining(", "))
      + ", version = version + 1 WHERE risk_point_id = ? AND unit_id = ? AND version = ?";

  /** Binds {@link #UPDATE} from position {@code k} on; @return the position after it. */
  private int bindUpdate(PreparedStatement ps, int k, RiskPoint p) throws SQLException {
    int next = RiskPointRows.bindFacts(store.sql(), ps, k, p);
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
      parts.add(new Deferred.Part("lf_risk_point", UPDATE, (ps, k) -> bindUpdate(ps, k, p),
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
    return remembered(store.read("read the risk points of " + unit, c -> load(c, "unit_id = ?", "unit_id = ?",
        List.of(unit.value()))));
  }

  /**
   * The columns of the points' main rows a standing holds, in one statement that reads none of their lists: what a
   * year's closing reads of a unit's points (issue 14, cycle-bench).
   */
  @Override
  public List<PointStanding> standings(UnitId unit) {
    Sql sql = store.sql();
    return store.read("read where the risk points of " + unit + " stand", c -> Statements.query(c,
        "SELECT risk_point_id, unit_id, version, state, g_level, post_id FROM lf_risk_point WHERE unit_id = ? "
        + "ORDER BY risk_point_id", ps -> sql.uuid(ps, 1, unit.value()), rs -> new PointStanding(
            new RiskPointId(sql.uuid(rs, 1)), new UnitId(sql.uuid(rs, 2)), rs.getLong(3),
            ReviewState.valueOf(rs.getString(4)), Optional.ofNullable(rs.getString(5)).map(RiskGrade::valueOf),
            Optional.ofNullable(sql.uuid(rs, 6)).map(PostId::new))));
  }

  /** {@value InUnits#PER_STATEMENT} units in each two statements, as {@link #inUnit} reads one. */
  @Override
  public Map<UnitId, List<RiskPoint>> inUnits(java.util.Collection<UnitId> units) {
    Map<UnitId, List<RiskPoint>> read = store.read("read the risk points of " + units.size() + " units",
        c -> InUnits.read(units, (condition, chunk) -> load(c, condition, condition, chunk)));
    read.values().forEach(this::remembered);
    return read;
  }

  /**
   * Remembers the points a transaction read, as {@link #find} does, so that an update of one of them (a point made
   * stale by a change of its post, P-3) writes only the lists that changed: comments are appended, never rewritten
   * (issue 10, finding 5). A snapshot writes nothing, so it remembers nothing: a report over a subtree would otherwise
   * keep every point it read until its end (issue 11).
   */
  private List<RiskPoint> remembered(List<RiskPoint> points) {
    if (store.inTransaction() && !store.inSnapshot()) {
      points.forEach(p -> store.remembered().put(p.id(), p));
    }
    return points;
  }

  @Override
  public long nextCodeNumber(UnitId unit) {
    return numbers.next(unit.value());
  }

  /** {@link RiskPointsOnNotice#page}. */
  @Override
  public List<RiskPoint> onNotice(java.util.Collection<UnitId> units, java.util.Set<NoticeAudience> audiences,
      java.time.LocalDate today, Optional<NoticeKey> after, int limit) {
    return onNotice.page(units, audiences, today, after, limit);
  }

  @Override
  public List<RiskPoint> onPost(PostId post) {
    return remembered(store.read("read the risk points of post " + post, c -> load(c, "post_id = ?",
        "risk_point_id IN (SELECT risk_point_id FROM lf_risk_point WHERE post_id = ?)", List.of(post.value()))));
  }
}
