package org.lianfang.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.examples.city.V7Ids;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.jdbc.Dialect;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskEvent;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;

/**
 * The hand-written baseline of the command benchmark (issue 9): identification and grading written as a careful
 * developer would write them in plain JDBC, with the same writes Lianfang makes and the same durability — one
 * transaction per command on one connection with auto-commit off, committed before the next command. No check beyond
 * what the writes need (the grade's state and version); no validation, no access policy.
 *
 * <p>Identify, 5 statements: the unit's head row {@code SELECT … FOR UPDATE}; the point's row; its sources (one
 * batch); the journal row; the head moved ({@code UPDATE}). The code is the unit's code and a 4-digit number, as the
 * library numbers it, taken from a counter this class keeps in memory: read once from the unit's count of points when
 * it starts (not timed) and moved only after a commit. That is right for the benchmark's single writer; with several
 * writers the counter would live in the head row, moved by the head's {@code UPDATE} under the lock already held, for
 * no extra statement.
 *
 * <p>Since issue 10 each journal row also carries the record's id and the digest of its whole state after the change
 * (finding 2): identification makes the point's state from the command, with no read; grading reads the whole point,
 * its row and its lists in one join ({@link BaselinePoints}), where it read five of its columns before.
 *
 * <p>Grade, 7 statements: the point's row and lists (one join); the head locked; the grading
 * facts (the post's profile and the kinds of the power items it exercises, one join); the point's grading columns and
 * version updated with a version check; its fired rules (one batch; the old ones are deleted first only when the point
 * had a grade); the journal row; the head moved. The grade comes from the same {@link GradingPolicy} as Lianfang's,
 * over the same facts.
 *
 * <p>The journal rows are what Lianfang writes: the payload is the canonical JSON ({@link CanonicalJson#of}) of the
 * same event, and the entry's hash the SHA-256 of its canonical form chained to the previous hash
 * ({@link JournalChain#next}), so the library's own verification accepts the chain. Statements are prepared per
 * command and closed after it, as the adapter does. Ids are time-ordered UUIDv7 (ARCHITECTURE.md decision 10). Not
 * thread-safe: one instance per connection.
 */
final class HandWrittenCommands implements CommandBenchmark.Commands {
  /** The states a point may be graded in. */
  static final Set<String> GRADABLE = Set.of("DRAFT", "REVIEWED", "STALE");

  /**
   * The grading facts of a post, one join: its profile in the first six columns, on every row, and in the seventh the
   * kind of each power item of the unit it exercises (one row with null if none).
   */
  static final String PROFILE = "SELECT p.principal_leader, p.disposes, p.discretionary, p.major_matters, p.powers, "
      + "p.transparency, i.kind FROM lf_post p "
      + "LEFT JOIN lf_power_item_post ip ON ip.unit_id = p.unit_id AND ip.post_id = p.post_id "
      + "LEFT JOIN lf_power_item i ON i.power_item_id = ip.power_item_id WHERE p.post_id = ?";

  private final Connection c;
  private final boolean mysql;
  private final Clock clock;
  private final String actorId;
  private final GradingPolicy policy;
  private final UnitStart start;
  private final V7Ids ids = new V7Ids(new SplittableRandom(7));
  private long lastNumber;

  /**
   * Turns the connection's auto-commit off and reads the unit's code and its count of points once.
   *
   * @param c the connection, used for every command
   * @param dialect its dialect (UUIDs as text on MySQL)
   * @param clock the time source
   * @param unit the unit the commands work on
   * @param actorId who acts, as the journal and the rows record it
   * @param policy the grading policy
   * @throws SQLException if the database fails
   */
  HandWrittenCommands(Connection c, Dialect dialect, Clock clock, UnitId unit, String actorId, GradingPolicy policy)
      throws SQLException {
    this.c = c;
    this.mysql = dialect == Dialect.MYSQL;
    this.clock = clock;
    this.actorId = actorId;
    this.policy = policy;
    c.setAutoCommit(false);
    UnitStart start = UnitStart.read(c, mysql, unit);
    c.commit();
    this.start = start;
    lastNumber = start.points();
  }

  /**
   * What both baselines read once before their commands (not timed): the unit's code and its count of points.
   *
   * @param code the unit's code, which the points' codes start with
   * @param points how many points the unit has, the last number taken
   */
  record UnitStart(String code, long points) {
    static UnitStart read(Connection c, boolean mysql, UnitId unit) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("SELECT u.code, (SELECT COUNT(*) FROM lf_risk_point p "
          + "WHERE p.unit_id = u.unit_id) FROM lf_unit u WHERE u.unit_id = ?")) {
        if (mysql) {
          ps.setString(1, unit.value().toString());
        } else {
          ps.setObject(1, unit.value());
        }
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalStateException("no unit " + unit);
          }
          return new UnitStart(rs.getString(1), rs.getLong(2));
        }
      }
    }

    /** @return the code of the point numbered {@code number}, as the library numbers it: 5301-GT-0001 */
    String code(long number) {
      return code + "-" + String.format("%04d", number);
    }
  }

  @Override
  public RiskPointId identify(IdentifyRiskPoint command) {
    try {
      UnitId unit = command.unit();
      Optional<ChainHead> head = lockHead(unit);
      long number = lastNumber + 1;
      String code = start.code(number);
      Instant at = now();
      UUID id = ids.at(at.toEpochMilli());
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_risk_point (risk_point_id, unit_id, code, "
          + "post_id, step_process_id, step_code, power_item_id, category, description, manifestation, method, "
          + "channel, owner_direct, owner_head, owner_leader, state, identified_by, identified_at, raiser_seal, "
          + "earlier_comments, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, '', 0, 1)")) {
        id(ps, 1, id);
        id(ps, 2, unit.value());
        ps.setString(3, code);
        id(ps, 4, command.post().map(PostId::value).orElse(null));
        id(ps, 5, command.step().map(s -> s.process().value()).orElse(null));
        text(ps, 6, command.step().map(s -> s.step().code()).orElse(null));
        id(ps, 7, command.powerItem().map(p -> p.value()).orElse(null));
        ps.setString(8, command.category().name());
        ps.setString(9, command.description());
        ps.setString(10, command.manifestation());
        ps.setString(11, command.method().name());
        ps.setString(12, command.channel().name());
        id(ps, 13, command.owners().map(o -> o.directOwner().value()).orElse(null));
        id(ps, 14, command.owners().map(o -> o.sectionHead().value()).orElse(null));
        id(ps, 15, command.owners().map(o -> o.responsibleLeader().value()).orElse(null));
        ps.setString(16, actorId);
        ps.setLong(17, at.toEpochMilli());
        ps.executeUpdate();
      }
      List<RiskSource> sources = command.sources().stream().map(IdentifyRiskPoint.RiskSourceInput::toSource).toList();
      if (!sources.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_risk_source (unit_id, risk_point_id, "
            + "ordinal, kind, description) VALUES (?, ?, ?, ?, ?)")) {
          for (int i = 0; i < sources.size(); i++) {
            id(ps, 1, unit.value());
            id(ps, 2, id);
            ps.setInt(3, i);
            ps.setString(4, sources.get(i).kind().name());
            ps.setString(5, sources.get(i).description());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      if (!command.custom().isEmpty()) {
        insertCustom(unit, id, command.custom());
      }
      RiskPointId point = new RiskPointId(id);
      append(head, identified(command, point, code, sources), at, identifiedPoint(command, point, code, sources,
          actorId, at));
      c.commit();
      lastNumber = number;
      return point;
    } catch (SQLException | RuntimeException e) {
      throw rolledBack("identify", e);
    }
  }

  /** @return the event of an identification, as Lianfang journals it */
  static RiskEvent identified(IdentifyRiskPoint command, RiskPointId point, String code, List<RiskSource> sources) {
    return new RiskEvent.RiskPointIdentified(command.unit(), point, code, command.post(), command.step(),
        command.powerItem(), new RiskDescription(command.category(), command.description(), command.manifestation(),
            sources, command.method(), command.channel()), command.owners(), command.custom());
  }

  /**
   * @return the point an identification makes, whose state's digest its journal entry carries: no read needed
   * @throws UnsupportedOperationException for a point whose raiser would be sealed: the benchmark's points are found
   *     by their holders (自己找), and this baseline neither seals a raiser nor draws a seal
   */
  static RiskPoint identifiedPoint(IdentifyRiskPoint command, RiskPointId point, String code,
      List<RiskSource> sources, String actorId, Instant at) {
    RiskDescription d = new RiskDescription(command.category(), command.description(), command.manifestation(),
        sources, command.method(), command.channel());
    if (d.sealsRaiser()) {
      throw new UnsupportedOperationException("the benchmark identifies points found by their holders");
    }
    return RiskPoint.identify(point, code, RiskLocation.of(command.unit(), command.post(), command.step(),
        command.powerItem()), d, command.owners(), CustomFields.of(command.custom()), actorId, "", at).after();
  }

  /** @return the event of a grade, as Lianfang journals it */
  static RiskEvent graded(GradeRiskPoint command, UnitId unit, Assessment assessment, Grade grade) {
    return new RiskEvent.RiskPointGraded(unit, command.riskPoint(), assessment, grade.level(),
        grade.rationale().stream().map(FiredRule::code).toList(), grade.policy());
  }

  private void insertCustom(UnitId unit, UUID id, Map<String, CustomValue> custom) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_risk_custom (unit_id, risk_point_id, field_key, "
        + "value_type, value_text) VALUES (?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, CustomValue> e : custom.entrySet()) {
        CustomValue v = e.getValue();
        String[] typed = v instanceof CustomValue.Text t ? new String[] {"TEXT", t.value()}
            : v instanceof CustomValue.Number n ? new String[] {"NUMBER", n.value().toString()}
            : v instanceof CustomValue.Day d ? new String[] {"DAY", d.value().toString()}
            : new String[] {"FLAG", Boolean.toString(((CustomValue.Flag) v).value())};
        id(ps, 1, unit.value());
        id(ps, 2, id);
        ps.setString(3, e.getKey());
        ps.setString(4, typed[0]);
        ps.setString(5, typed[1]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public void grade(GradeRiskPoint command) {
    try {
      UUID id = command.riskPoint().value();
      BaselinePoints.Row row;
      boolean graded;
      List<Object[]> lists = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(POINT)) {
        id(ps, 1, id);
        id(ps, 2, id);
        id(ps, 3, id);
        id(ps, 4, id);
        id(ps, 5, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new IllegalArgumentException("no risk point " + id);
          }
          row = row(rs);
          graded = rs.getString("g_level") != null;
          do {
            lists.add(new Object[] {rs.getObject("t"), rs.getString("a"), rs.getString("b"), rs.getString("c"),
                rs.getString("d"), rs.getString("e"), rs.getLong("f")});
          } while (rs.next());
        }
      }
      if (!GRADABLE.contains(row.state())) {
        throw new IllegalStateException("risk point " + id + " is " + row.state() + " and cannot be graded");
      }
      UnitId unit = new UnitId(row.unit());
      UUID post = row.post();
      long version = row.version();
      if (post == null) {
        throw new UnsupportedOperationException("the benchmark grades points on a post only");
      }
      Optional<ChainHead> head = lockHead(unit);
      Assessment assessment = new Assessment(command.probability(), command.harm(), command.majorMatter(),
          command.commonProblem());
      Grade grade = policy.grade(new GradingInput(assessment, profile(post)));
      Instant at = now();
      try (PreparedStatement ps = c.prepareStatement("UPDATE lf_risk_point SET g_probability = ?, g_harm = ?, "
          + "g_major_matter = ?, g_common_problem = ?, g_level = ?, g_policy_name = ?, g_policy_version = ?, "
          + "g_policy_parameters = ?, g_by = ?, g_at = ?, g_stale = ?, version = version + 1 "
          + "WHERE risk_point_id = ? AND version = ?")) {
        ps.setInt(1, assessment.probability());
        ps.setInt(2, assessment.harm());
        ps.setBoolean(3, assessment.majorMatter());
        ps.setBoolean(4, assessment.commonProblem());
        ps.setString(5, grade.level().name());
        ps.setString(6, grade.policy().name());
        ps.setString(7, grade.policy().version());
        ps.setString(8, grade.policy().parameters());
        ps.setString(9, actorId);
        ps.setLong(10, at.toEpochMilli());
        ps.setBoolean(11, false);
        id(ps, 12, id);
        ps.setLong(13, version);
        if (ps.executeUpdate() != 1) {
          throw new IllegalStateException("risk point " + id + " changed since version " + version);
        }
      }
      if (graded) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM lf_risk_rule WHERE risk_point_id = ?")) {
          id(ps, 1, id);
          ps.executeUpdate();
        }
      }
      List<FiredRule> fired = grade.rationale();
      if (!fired.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_risk_rule (unit_id, risk_point_id, ordinal, "
            + "code, result, zh, en) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < fired.size(); i++) {
            id(ps, 1, unit.value());
            id(ps, 2, id);
            ps.setInt(3, i);
            ps.setString(4, fired.get(i).code());
            ps.setString(5, fired.get(i).result().name());
            ps.setString(6, fired.get(i).zh());
            ps.setString(7, fired.get(i).en());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      RiskPoint after = BaselinePoints.point(row, lists).grade(actorId, at, assessment, grade).orElseThrow().after();
      append(head, graded(command, unit, assessment, grade), at, after);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      throw rolledBack("grade", e);
    }
  }

  /** The post's facts with the kinds of the unit's power items it exercises, as Lianfang grades a point on a post. */
  private PostProfile profile(UUID post) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PROFILE)) {
      id(ps, 1, post);
      try (ResultSet rs = ps.executeQuery()) {
        List<Object[]> rows = new ArrayList<>(2);
        while (rs.next()) {
          rows.add(new Object[] {rs.getBoolean(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
              rs.getString(5), rs.getString(6), rs.getString(7)});
        }
        return profile(post, rows);
      }
    }
  }

  /**
   * @param post the post read
   * @param rows the rows of {@link #PROFILE}, as booleans and strings
   * @return the post's profile with the powers it exercises
   */
  static PostProfile profile(UUID post, List<Object[]> rows) {
    if (rows.isEmpty()) {
      throw new IllegalStateException("no post " + post);
    }
    Object[] first = rows.get(0);
    List<AdministrativePower> exercised = new ArrayList<>();
    for (Object[] row : rows) {
      if (row[6] != null) {
        exercised.add(AdministrativePower.valueOf((String) row[6]));
      }
    }
    return new PostProfile((Boolean) first[0], names((String) first[1], Resource.class), (Boolean) first[2],
        (Boolean) first[3], names((String) first[4], AdministrativePower.class),
            Transparency.valueOf((String) first[5]))
        .withPowers(exercised);
  }

  private Optional<ChainHead> lockHead(UnitId unit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT sequence, hash FROM lf_journal_head WHERE unit_id = ? FOR UPDATE")) {
      id(ps, 1, unit.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new ChainHead(unit, rs.getLong(1), rs.getString(2))) : Optional.empty();
      }
    }
  }

  /** Writes the event's journal row and moves the unit's head, which the command has locked. */
  private void append(Optional<ChainHead> head, RiskEvent event, Instant at, RiskPoint after) throws SQLException {
    JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
        head, event.unitId(), event.type(), actorId, at, CanonicalJson.of(event),
        after.id().value(), BaselinePoints.digest(after));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_journal (unit_id, sequence, event_type, actor_id, "
        + "at_ms, payload, record_id, record_digest, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      id(ps, 1, e.unitId().value());
      ps.setLong(2, e.sequence());
      ps.setString(3, e.eventType());
      ps.setString(4, e.actorId());
      ps.setLong(5, e.at().toEpochMilli());
      ps.setString(6, e.payload());
      id(ps, 7, e.recordId());
      ps.setString(8, e.recordDigest());
      ps.setString(9, e.previousHash());
      ps.setString(10, e.hash());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement(head.isPresent()
        ? "UPDATE lf_journal_head SET sequence = ?, hash = ? WHERE unit_id = ?"
        : "INSERT INTO lf_journal_head (sequence, hash, unit_id) VALUES (?, ?, ?)")) {
      ps.setLong(1, e.sequence());
      ps.setString(2, e.hash());
      id(ps, 3, e.unitId().value());
      ps.executeUpdate();
    }
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }

  private IllegalStateException rolledBack(String command, Exception e) {
    try {
      c.rollback();
    } catch (SQLException r) {
      e.addSuppressed(r);
    }
    return new IllegalStateException("hand-written " + command + " failed and was rolled back", e);
  }

  private void id(PreparedStatement ps, int i, UUID v) throws SQLException {
    if (v == null) {
      ps.setNull(i, mysql ? Types.CHAR : Types.OTHER);
    } else if (mysql) {
      ps.setString(i, v.toString());
    } else {
      ps.setObject(i, v);
    }
  }

  /** The point's row, with its grade's level, joined to its lists: one statement, as Lianfang reads a point. */
  private static final String POINT = "SELECT m." + BaselinePoints.COLUMNS.replace(", ", ", m.") + ", m.g_level, l.t, "
      + "l.a, l.b, l.c, l.d, l.e, l.f FROM lf_risk_point m LEFT JOIN (" + String.format(BaselinePoints.LISTS,
      "risk_point_id = ?") + ") l ON l.risk_point_id = m.risk_point_id WHERE m.risk_point_id = ? "
      + "ORDER BY l.t, l.ordinal";

  private BaselinePoints.Row row(ResultSet rs) throws SQLException {
    long recordedAt = rs.getLong("c_recorded_at");
    Long recorded = rs.wasNull() ? null : recordedAt;
    return new BaselinePoints.Row(uuid(rs, "risk_point_id"), uuid(rs, "unit_id"), rs.getString("code"),
        uuid(rs, "post_id"), uuid(rs, "step_process_id"), rs.getString("step_code"), uuid(rs, "power_item_id"),
        rs.getString("category"), rs.getString("description"), rs.getString("manifestation"), rs.getString("method"),
        rs.getString("channel"), uuid(rs, "owner_direct"), uuid(rs, "owner_head"), uuid(rs, "owner_leader"),
        rs.getString("state"), rs.getString("n_audience"), rs.getString("n_scope"),
        rs.getObject("n_start", LocalDate.class),
        rs.getObject("n_end", LocalDate.class), rs.getString("c_decided_by"),
        rs.getObject("c_decided_on", LocalDate.class), rs.getString("c_recorded_by"), recorded,
        rs.getString("identified_by"), rs.getLong("identified_at"), rs.getString("raiser_seal"),
        rs.getInt("earlier_comments"), rs.getLong("version"));
  }

  private UUID uuid(ResultSet rs, String column) throws SQLException {
    if (mysql) {
      String s = rs.getString(column);
      return s == null ? null : UUID.fromString(s);
    }
    return rs.getObject(column, UUID.class);
  }

  private UUID uuid(ResultSet rs, int i) throws SQLException {
    if (mysql) {
      String s = rs.getString(i);
      return s == null ? null : UUID.fromString(s);
    }
    return rs.getObject(i, UUID.class);
  }

  private static void text(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  private static <E extends Enum<E>> Set<E> names(String text, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (text != null && !text.isEmpty()) {
      for (String name : text.split(",")) {
        set.add(Enum.valueOf(type, name));
      }
    }
    return set;
  }
}
