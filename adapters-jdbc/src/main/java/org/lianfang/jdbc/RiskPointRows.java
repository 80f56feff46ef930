package org.lianfang.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.grading.RiskGrade;
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
import org.lianfang.risk.NoticeAudience;
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
/**
 * A risk point's main row in {@code lf_risk_point}: its columns, how a row and the elements of its lists make a point
 * ({@link #row}, {@link #listElement}), and how a point's facts are bound ({@link #bindFacts}). The repository's
 * queries and writes are in {@link JdbcRiskPoints}; the child tables' writes in {@link RiskPointLists}.
 */
final class RiskPointRows {
  static final String COLUMNS = "risk_point_id, unit_id, code, post_id, step_process_id, step_code, "
      + "power_item_id, category, description, manifestation, method, channel, owner_direct, owner_head, "
      + "owner_leader, state, g_probability, g_harm, g_major_matter, g_common_problem, g_level, g_policy_name, "
      + "g_policy_version, g_policy_parameters, g_by, g_at, g_stale, n_audience, n_scope, n_start, n_end, "
      + "c_decided_by, c_decided_on, c_recorded_by, c_recorded_at, identified_by, identified_at, raiser_seal, "
      + "earlier_comments, version";

  private RiskPointRows() {}

  /** The lists of the points matching a condition, gathered by point. */
  static final class Lists {
    final PositionedLists<RiskSource> sources = new PositionedLists<>();
    final PositionedLists<FiredRule> rules = new PositionedLists<>();
    final PositionedLists<ReviewRecord> history = new PositionedLists<>();
    final PositionedLists<NoticeComment> comments = new PositionedLists<>();
    final Map<UUID, Map<String, CustomValue>> custom = new HashMap<>();
  }

  /** Adds the element a row of {@link JdbcRiskPoints}'s lists query holds to the point's list. */
  static void listElement(ResultSet rs, UUID id, Lists l) throws SQLException {
    int position = rs.getInt("position");
    switch (rs.getInt("t")) {
      case 1 -> l.sources.put(id, position, new RiskSource(
          SourceKind.valueOf(rs.getString("a")), Sql.requiredText(rs, "b")));
      case 2 -> l.rules.put(id, position, new FiredRule(rs.getString("a"),
          RiskGrade.valueOf(rs.getString("b")), Sql.requiredText(rs, "c"), Sql.requiredText(rs, "d")));
      case 3 -> l.history.put(id, position, new ReviewRecord(
          ReviewState.valueOf(rs.getString("a")), ReviewAction.valueOf(rs.getString("b")),
          ReviewState.valueOf(rs.getString("c")), rs.getString("d"), Sql.instant(rs, "f"),
          Sql.requiredText(rs, "e")));
      case 4 -> l.comments.put(id, position, new NoticeComment(rs.getString("a"),
          Sql.requiredText(rs, "b"), Sql.instant(rs, "f"), Sql.requiredText(rs, "c")));
      case 5 -> l.custom.computeIfAbsent(id, k -> new TreeMap<>()).put(rs.getString("a"),
          RiskPointLists.customValue(rs.getString("b"), Sql.requiredText(rs, "c")));
      default -> { } // a point without lists: its one row has no element
    }
  }

  /** Reads a main row now and makes the point once its lists are read. */
  static Function<Lists, RiskPoint> row(Sql sql, ResultSet rs) throws SQLException {
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
    String noticeAudience = rs.getString("n_audience");
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
    String raiserSeal = rs.getString("raiser_seal");
    int earlier = rs.getInt("earlier_comments");
    long version = rs.getLong("version");
    Function<List<FiredRule>, Optional<GradingRecord>> graded = grading;
    return l -> {
      // every comment the point received is one list; the first `earlier` are the earlier notices' (issue 10)
      List<NoticeComment> comments = l.comments.of(id);
      int split = Math.min(earlier, comments.size());
      Optional<PublicNotice> notice = noticeStart == null ? Optional.empty()
          : Optional.of(new PublicNotice(NoticeAudience.valueOf(noticeAudience), noticeScope, noticeStart,
              noticeEnd, comments.subList(split, comments.size())));
      return RiskPoint.restore(new RiskPointId(id), code, location, new RiskDescription(category, description,
          manifestation, l.sources.of(id), method, channel), owners,
          CustomFields.of(l.custom.getOrDefault(id, Map.of())), state,
          graded.apply(l.rules.of(id)), notice, confirmation,
          l.history.of(id), comments.subList(0, split), identifiedBy, raiserSeal, identifiedAt,
          version);
    };
  }

  /**
   * Binds every column of {@link #COLUMNS} after the id and the unit, and before the version, from parameter {@code k}.
   *
   * @return the next parameter index
   */
  static int bindFacts(Sql sql, PreparedStatement ps, int k, RiskPoint p) throws SQLException {
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
    Sql.text(ps, k++, n.map(x -> x.audience().name()).orElse(null));
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
    ps.setString(k++, p.raiserSeal());
    ps.setInt(k++, p.riskReview().earlierComments().size());
    return k;
  }
}
