package org.lianfang.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.MeasureLife;
import org.lianfang.control.MeasurePlan;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.examples.city.UnitBatch;
import org.lianfang.grading.FiredRule;
import org.lianfang.jdbc.Dialect;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.UnitId;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskSource;

/**
 * The raw baseline: the same rows the adapter writes for a unit, written with hand-written prepared statements in
 * batches and one transaction per unit, with nothing of the adapter in between.
 */
final class RawJdbcLoader {
  private final DataSource dataSource;
  private final boolean mysql;

  RawJdbcLoader(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.mysql = dialect == Dialect.MYSQL;
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

  private static void text(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  private static void ms(PreparedStatement ps, int i, Instant v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v.toEpochMilli());
    }
  }

  private static void day(PreparedStatement ps, int i, LocalDate v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setObject(i, v);
    }
  }

  private static <E extends Enum<E>> String names(java.util.Set<E> set) {
    return set.isEmpty() ? null : set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  /**
   * Loads every unit of a city, each in its own transaction, as the report and evaluation benchmarks load theirs.
   *
   * @param city the city
   * @throws SQLException if the database fails
   */
  void loadAll(org.lianfang.examples.city.City city) throws SQLException {
    try {
      city.forEachUnit((UnitBatch b) -> {
        try {
          load(b);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw e;
    }
  }

  void load(UnitBatch b) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Unit u = b.unit();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_unit (unit_id, code, name, kind, parent_id, "
          + "version) VALUES (?, ?, ?, ?, ?, 1)")) {
        id(ps, 1, u.id().value());
        ps.setString(2, u.code());
        ps.setString(3, u.name());
        ps.setString(4, u.kind().name());
        id(ps, 5, u.parent().map(UnitId::value).orElse(null));
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_post (post_id, unit_id, code, name, "
          + "principal_leader, disposes, discretionary, major_matters, powers, transparency, version) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
        for (Post p : b.posts()) {
          id(ps, 1, p.id().value());
          id(ps, 2, p.unitId().value());
          ps.setString(3, p.code());
          ps.setString(4, p.name());
          ps.setBoolean(5, p.profile().principalLeader());
          text(ps, 6, names(p.profile().disposes()));
          ps.setBoolean(7, p.profile().discretionary());
          ps.setBoolean(8, p.profile().majorMatters());
          text(ps, 9, names(p.profile().powers()));
          ps.setString(10, p.profile().transparency().name());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_official (official_id, unit_id, staff_number, "
          + "name, version) VALUES (?, ?, ?, ?, 1)")) {
        for (Official o : b.officials()) {
          id(ps, 1, o.id().value());
          id(ps, 2, o.unitId().value());
          ps.setString(3, o.staffNumber());
          ps.setString(4, o.name());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_tenure (tenure_id, unit_id, post_id, "
          + "official_id, start_day, end_day, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
        for (Tenure t : b.tenures()) {
          id(ps, 1, t.id().value());
          id(ps, 2, t.unitId().value());
          id(ps, 3, t.postId().value());
          id(ps, 4, t.officialId().value());
          day(ps, 5, t.start());
          day(ps, 6, t.end().orElse(null));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_power_item (power_item_id, unit_id, code, name, "
          + "kind, legal_basis, boundary, responsibility, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
          PreparedStatement posts = c.prepareStatement("INSERT INTO lf_power_item_post (unit_id, power_item_id, "
              + "post_id) VALUES (?, ?, ?)")) {
        for (PowerItem p : b.powerItems()) {
          id(ps, 1, p.id().value());
          id(ps, 2, p.unitId().value());
          ps.setString(3, p.code());
          ps.setString(4, p.name());
          ps.setString(5, p.kind().name());
          ps.setString(6, p.legalBasis());
          ps.setString(7, p.boundary());
          ps.setString(8, p.responsibility());
          ps.addBatch();
          for (PostId post : p.posts()) {
            id(posts, 1, p.unitId().value());
            id(posts, 2, p.id().value());
            id(posts, 3, post.value());
            posts.addBatch();
          }
        }
        ps.executeBatch();
        posts.executeBatch();
      }
      riskPoints(c, b.riskPoints());
      measures(c, b.measures());
      journal(c, b.journal());
      c.commit();
    }
  }

  private void riskPoints(Connection c, List<RiskPoint> points) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_risk_point (risk_point_id, unit_id, code, post_id, "
        + "step_process_id, step_code, power_item_id, category, description, manifestation, method, channel, "
        + "owner_direct, owner_head, owner_leader, state, g_probability, g_harm, g_major_matter, g_common_problem, "
        + "g_level, g_policy_name, g_policy_version, g_policy_parameters, g_by, g_at, g_stale, n_audience, n_scope, "
        + "n_start, n_end, c_decided_by, c_decided_on, c_recorded_by, c_recorded_at, identified_by, identified_at, "
        + "raiser_seal, earlier_comments, version) VALUES (" + "?, ".repeat(39) + "1)");
        PreparedStatement src = c.prepareStatement("INSERT INTO lf_risk_source (unit_id, risk_point_id, ordinal, "
            + "kind, description) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement rule = c.prepareStatement("INSERT INTO lf_risk_rule (unit_id, risk_point_id, ordinal, "
            + "code, result, zh, en) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement rev = c.prepareStatement("INSERT INTO lf_risk_review (unit_id, risk_point_id, ordinal, "
            + "from_state, action, to_state, actor_id, at_ms, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement com = c.prepareStatement("INSERT INTO lf_risk_comment (unit_id, risk_point_id, ordinal, "
            + "author_id, body, received_at, seal) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement cus = c.prepareStatement("INSERT INTO lf_risk_custom (unit_id, risk_point_id, field_key, "
            + "value_type, value_text) VALUES (?, ?, ?, ?, ?)")) {
      for (RiskPoint p : points) {
        UUID unit = p.location().unit().value();
        UUID rid = p.id().value();
        int k = 1;
        id(ps, k++, rid);
        id(ps, k++, unit);
        ps.setString(k++, p.code());
        id(ps, k++, p.location().post().map(PostId::value).orElse(null));
        id(ps, k++, p.location().step().map(s -> s.process().value()).orElse(null));
        text(ps, k++, p.location().step().map(s -> s.step().code()).orElse(null));
        id(ps, k++, p.location().powerItem().map(x -> x.value()).orElse(null));
        ps.setString(k++, p.description().category().name());
        ps.setString(k++, p.description().description());
        ps.setString(k++, p.description().manifestation());
        ps.setString(k++, p.description().method().name());
        ps.setString(k++, p.description().channel().name());
        id(ps, k++, p.owners().map(o -> o.directOwner().value()).orElse(null));
        id(ps, k++, p.owners().map(o -> o.sectionHead().value()).orElse(null));
        id(ps, k++, p.owners().map(o -> o.responsibleLeader().value()).orElse(null));
        ps.setString(k++, p.state().name());
        GradingRecord g = p.grading().orElse(null);
        if (g == null) {
          int[] types = {Types.INTEGER, Types.INTEGER, Types.BOOLEAN, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BOOLEAN};
          for (int type : types) {
            ps.setNull(k++, type);
          }
        } else {
          ps.setInt(k++, g.assessment().probability());
          ps.setInt(k++, g.assessment().harm());
          ps.setBoolean(k++, g.assessment().majorMatter());
          ps.setBoolean(k++, g.assessment().commonProblem());
          ps.setString(k++, g.grade().level().name());
          ps.setString(k++, g.grade().policy().name());
          ps.setString(k++, g.grade().policy().version());
          ps.setString(k++, g.grade().policy().parameters());
          ps.setString(k++, g.gradedBy());
          ps.setLong(k++, g.gradedAt().toEpochMilli());
          ps.setBoolean(k++, g.stale());
        }
        text(ps, k++, p.notice().map(n -> n.audience().name()).orElse(null));
        text(ps, k++, p.notice().map(n -> n.scope()).orElse(null));
        day(ps, k++, p.notice().map(n -> n.start()).orElse(null));
        day(ps, k++, p.notice().map(n -> n.end()).orElse(null));
        text(ps, k++, p.confirmation().map(x -> x.decidedBy()).orElse(null));
        day(ps, k++, p.confirmation().map(x -> x.decidedOn()).orElse(null));
        text(ps, k++, p.confirmation().map(x -> x.recordedBy()).orElse(null));
        ms(ps, k++, p.confirmation().map(x -> x.recordedAt()).orElse(null));
        ps.setString(k++, p.identifiedBy());
        ms(ps, k++, p.identifiedAt());
        ps.setString(k++, p.raiserSeal());
        ps.setInt(k, p.riskReview().earlierComments().size());
        ps.addBatch();
        List<RiskSource> sources = p.description().sources();
        for (int i = 0; i < sources.size(); i++) {
          id(src, 1, unit);
          id(src, 2, rid);
          src.setInt(3, i);
          src.setString(4, sources.get(i).kind().name());
          src.setString(5, sources.get(i).description());
          src.addBatch();
        }
        List<FiredRule> rules = g == null ? List.of() : g.grade().rationale();
        for (int i = 0; i < rules.size(); i++) {
          id(rule, 1, unit);
          id(rule, 2, rid);
          rule.setInt(3, i);
          rule.setString(4, rules.get(i).code());
          rule.setString(5, rules.get(i).result().name());
          rule.setString(6, rules.get(i).zh());
          rule.setString(7, rules.get(i).en());
          rule.addBatch();
        }
        List<ReviewRecord> history = p.history();
        for (int i = 0; i < history.size(); i++) {
          ReviewRecord r = history.get(i);
          id(rev, 1, unit);
          id(rev, 2, rid);
          rev.setInt(3, i);
          rev.setString(4, r.from().name());
          rev.setString(5, r.action().name());
          rev.setString(6, r.to().name());
          rev.setString(7, r.actorId());
          rev.setLong(8, r.at().toEpochMilli());
          rev.setString(9, r.note());
          rev.addBatch();
        }
        List<NoticeComment> comments = p.riskReview().allComments();
        for (int i = 0; i < comments.size(); i++) {
          id(com, 1, unit);
          id(com, 2, rid);
          com.setInt(3, i);
          com.setString(4, comments.get(i).authorId());
          com.setString(5, comments.get(i).text());
          com.setLong(6, comments.get(i).receivedAt().toEpochMilli());
          com.setString(7, comments.get(i).seal());
          com.addBatch();
        }
        for (Map.Entry<String, CustomValue> e : p.custom().asMap().entrySet()) {
          id(cus, 1, unit);
          id(cus, 2, rid);
          cus.setString(3, e.getKey());
          CustomValue v = e.getValue();
          cus.setString(4, v instanceof CustomValue.Text ? "TEXT" : v instanceof CustomValue.Number ? "NUMBER"
              : v instanceof CustomValue.Day ? "DAY" : "FLAG");
          cus.setString(5, v instanceof CustomValue.Text t ? t.value() : v instanceof CustomValue.Number n
              ? n.value().toString() : v instanceof CustomValue.Day d ? d.value().toString()
              : Boolean.toString(((CustomValue.Flag) v).value()));
          cus.addBatch();
        }
      }
      for (PreparedStatement s : List.of(ps, src, rule, rev, com, cus)) {
        s.executeBatch();
      }
    }
  }

  private void measures(Connection c, List<ControlMeasure> measures) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_control_measure (measure_id, unit_id, phase, "
        + "defense_line, content, basis, direct_owner, section_head, responsible_leader, due, cadence, indicator_name, "
        + "indicator_unit, indicator_rule, indicator_threshold, indicator_direction, drafted, state, registered, "
        + "in_force, ended, reason, superseded_by, version) VALUES (" + "?, ".repeat(23) + "?)");
        PreparedStatement pts = c.prepareStatement("INSERT INTO lf_control_measure_point (unit_id, measure_id, "
            + "ordinal, risk_point_id) VALUES (?, ?, ?, ?)");
        PreparedStatement ev = c.prepareStatement("INSERT INTO lf_control_evidence (unit_id, measure_id, ordinal, "
            + "title, location, digest) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (ControlMeasure m : measures) {
        UUID unit = m.unitId().value();
        UUID mid = m.id().value();
        MeasurePlan p = m.plan();
        MeasureLife l = m.life();
        MonitoringIndicator i = p.indicator().orElse(null);
        id(ps, 1, mid);
        id(ps, 2, unit);
        ps.setString(3, p.phase().name());
        ps.setString(4, p.line().name());
        ps.setString(5, p.content());
        ps.setString(6, p.basis());
        id(ps, 7, p.owners().directOwner().value());
        id(ps, 8, p.owners().sectionHead().value());
        id(ps, 9, p.owners().responsibleLeader().value());
        day(ps, 10, p.due());
        text(ps, 11, p.cadence().map(Enum::name).orElse(null));
        text(ps, 12, i == null ? null : i.name());
        text(ps, 13, i == null ? null : i.unit());
        text(ps, 14, i == null ? null : i.rule());
        text(ps, 15, i == null ? null : i.threshold().toString());
        text(ps, 16, i == null ? null : i.direction().name());
        day(ps, 17, m.drafted());
        ps.setString(18, l.state().name());
        day(ps, 19, l.registered().orElse(null));
        day(ps, 20, l.inForce().orElse(null));
        day(ps, 21, l.ended().orElse(null));
        text(ps, 22, l.reason().orElse(null));
        id(ps, 23, l.supersededBy().map(ControlMeasureId::value).orElse(null));
        ps.setLong(24, m.version());
        ps.addBatch();
        for (int k = 0; k < m.points().size(); k++) {
          id(pts, 1, unit);
          id(pts, 2, mid);
          pts.setInt(3, k);
          id(pts, 4, m.points().get(k).value());
          pts.addBatch();
        }
        List<EvidenceRef> evidence = p.evidence();
        for (int k = 0; k < evidence.size(); k++) {
          id(ev, 1, unit);
          id(ev, 2, mid);
          ev.setInt(3, k);
          ev.setString(4, evidence.get(k).title());
          ev.setString(5, evidence.get(k).location());
          text(ev, 6, evidence.get(k).digest().orElse(null));
          ev.addBatch();
        }
      }
      for (PreparedStatement s : List.of(ps, pts, ev)) {
        s.executeBatch();
      }
    }
  }

  private void journal(Connection c, List<JournalEntry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_journal (unit_id, sequence, event_type, actor_id, "
        + "at_ms, payload, record_id, record_digest, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (JournalEntry e : entries) {
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
        ps.addBatch();
      }
      ps.executeBatch();
    }
    JournalEntry last = entries.get(entries.size() - 1);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO lf_journal_head (unit_id, sequence, hash) "
        + "VALUES (?, ?, ?)")) {
      id(ps, 1, last.unitId().value());
      ps.setLong(2, last.sequence());
      ps.setString(3, last.hash());
      ps.executeUpdate();
    }
  }
}
