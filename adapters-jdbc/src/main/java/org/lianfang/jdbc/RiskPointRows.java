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

  // where each of COLUMNS is in a row that selects them first: read by position, not by name, whose lookup in the
  // driver was a tenth of a report's time on the client (issue 11, profiled)
  private static final int ID = Sql.column(COLUMNS, "risk_point_id");
  private static final int UNIT = Sql.column(COLUMNS, "unit_id");
  private static final int CODE = Sql.column(COLUMNS, "code");
  private static final int POST = Sql.column(COLUMNS, "post_id");
  private static final int STEP_PROCESS = Sql.column(COLUMNS, "step_process_id");
  private static final int STEP_CODE = Sql.column(COLUMNS, "step_code");
  private static final int POWER_ITEM = Sql.column(COLUMNS, "power_item_id");
  private static final int CATEGORY = Sql.column(COLUMNS, "category");
  private static final int DESCRIPTION = Sql.column(COLUMNS, "description");
  private static final int MANIFESTATION = Sql.column(COLUMNS, "manifestation");
  private static final int METHOD = Sql.column(COLUMNS, "method");
  private static final int CHANNEL = Sql.column(COLUMNS, "channel");
  private static final int OWNER_DIRECT = Sql.column(COLUMNS, "owner_direct");
  private static final int OWNER_HEAD = Sql.column(COLUMNS, "owner_head");
  private static final int OWNER_LEADER = Sql.column(COLUMNS, "owner_leader");
  private static final int STATE = Sql.column(COLUMNS, "state");
  private static final int G_PROBABILITY = Sql.column(COLUMNS, "g_probability");
  private static final int G_HARM = Sql.column(COLUMNS, "g_harm");
  private static final int G_MAJOR_MATTER = Sql.column(COLUMNS, "g_major_matter");
  private static final int G_COMMON_PROBLEM = Sql.column(COLUMNS, "g_common_problem");
  private static final int G_LEVEL = Sql.column(COLUMNS, "g_level");
  private static final int G_POLICY_NAME = Sql.column(COLUMNS, "g_policy_name");
  private static final int G_POLICY_VERSION = Sql.column(COLUMNS, "g_policy_version");
  private static final int G_POLICY_PARAMETERS = Sql.column(COLUMNS, "g_policy_parameters");
  private static final int G_BY = Sql.column(COLUMNS, "g_by");
  private static final int G_AT = Sql.column(COLUMNS, "g_at");
  private static final int G_STALE = Sql.column(COLUMNS, "g_stale");
  private static final int N_AUDIENCE = Sql.column(COLUMNS, "n_audience");
  private static final int N_SCOPE = Sql.column(COLUMNS, "n_scope");
  private static final int N_START = Sql.column(COLUMNS, "n_start");
  private static final int N_END = Sql.column(COLUMNS, "n_end");
  private static final int C_DECIDED_BY = Sql.column(COLUMNS, "c_decided_by");
  private static final int C_DECIDED_ON = Sql.column(COLUMNS, "c_decided_on");
  private static final int C_RECORDED_BY = Sql.column(COLUMNS, "c_recorded_by");
  private static final int C_RECORDED_AT = Sql.column(COLUMNS, "c_recorded_at");
  private static final int IDENTIFIED_BY = Sql.column(COLUMNS, "identified_by");
  private static final int IDENTIFIED_AT = Sql.column(COLUMNS, "identified_at");
  private static final int RAISER_SEAL = Sql.column(COLUMNS, "raiser_seal");
  private static final int EARLIER_COMMENTS = Sql.column(COLUMNS, "earlier_comments");
  private static final int VERSION = Sql.column(COLUMNS, "version");

  /** Where a list row's tag is in a row of the main columns joined to the lists ({@code l.t, l.position, l.a…}). */
  static final int JOINED_T = COLUMNS.split(", ").length + 1;
  /** Where its position is, the slots {@code a} to {@code f} after it. */
  static final int JOINED_POSITION = JOINED_T + 1;

  private RiskPointRows() {}

  /** The lists of the points matching a condition, gathered by point: one lookup per row, and one per point. */
  static final class Lists {
    private final Map<UUID, Of> byPoint = new HashMap<>();

    /** One point's lists, each made when its first element comes. */
    private static final class Of {
      private List<RiskSource> sources;
      private List<FiredRule> rules;
      private List<ReviewRecord> history;
      private List<NoticeComment> comments;
      private Map<String, CustomValue> custom;
    }

    private Of of(UUID id) {
      return byPoint.computeIfAbsent(id, k -> new Of());
    }
  }

  /**
   * Adds the element a row of {@link JdbcRiskPoints}'s lists query holds to the point's list.
   *
   * @param rs the row
   * @param id the point
   * @param l the lists so far
   * @param t where the row's tag is
   * @param at where its position is, the six slots {@code a} to {@code f} after it
   * @throws SQLException if the driver fails
   */
  static void listElement(ResultSet rs, UUID id, Lists l, int t, int at) throws SQLException {
    int position = rs.getInt(at);
    int a = at + 1;
    int b = at + 2;
    int c = at + 3;
    int d = at + 4;
    int e = at + 5;
    int f = at + 6;
    switch (rs.getInt(t)) {
      case 1 -> {
        Lists.Of p = l.of(id);
        p.sources = PositionedLists.put(p.sources, position, new RiskSource(SourceKind.valueOf(rs.getString(a)),
            Sql.requiredText(rs, b)));
      }
      case 2 -> {
        Lists.Of p = l.of(id);
        p.rules = PositionedLists.put(p.rules, position, new FiredRule(rs.getString(a),
            RiskGrade.valueOf(rs.getString(b)), Sql.requiredText(rs, c), Sql.requiredText(rs, d)));
      }
      case 3 -> {
        Lists.Of p = l.of(id);
        p.history = PositionedLists.put(p.history, position, new ReviewRecord(
            ReviewState.valueOf(rs.getString(a)), ReviewAction.valueOf(rs.getString(b)),
            ReviewState.valueOf(rs.getString(c)), rs.getString(d), Sql.instant(rs, f),
            Sql.requiredText(rs, e)));
      }
      case 4 -> {
        Lists.Of p = l.of(id);
        p.comments = PositionedLists.put(p.comments, position, new NoticeComment(rs.getString(a),
            Sql.requiredText(rs, b), Sql.instant(rs, f), Sql.requiredText(rs, c)));
      }
      case 5 -> {
        Lists.Of p = l.of(id);
        if (p.custom == null) {
          p.custom = new TreeMap<>();
        }
        p.custom.put(rs.getString(a), RiskPointLists.customValue(rs.getString(b), Sql.requiredText(rs, c)));
      }
      default -> { } // a point without lists: its one row has no element
    }
  }

  /** The lists of a point that has none. */
  private static final Lists.Of NONE = new Lists.Of();

  /** Reads a main row now and makes the point once its lists are read. */
  static Function<Lists, RiskPoint> row(Sql sql, ResultSet rs) throws SQLException {
    UUID id = sql.uuid(rs, ID);
    UnitId unit = new UnitId(sql.uuid(rs, UNIT));
    UUID stepProcess = sql.uuid(rs, STEP_PROCESS);
    RiskLocation location = RiskLocation.of(unit, Optional.ofNullable(sql.uuid(rs, POST)).map(PostId::new),
        stepProcess == null ? Optional.empty()
            : Optional.of(new StepRef(new ProcessId(stepProcess), new StepId(rs.getString(STEP_CODE)))),
        Optional.ofNullable(sql.uuid(rs, POWER_ITEM)).map(PowerItemId::new));
    RiskCategory category = RiskCategory.valueOf(rs.getString(CATEGORY));
    String description = Sql.requiredText(rs, DESCRIPTION);
    String manifestation = Sql.requiredText(rs, MANIFESTATION);
    DiscoveryMethod method = DiscoveryMethod.valueOf(rs.getString(METHOD));
    DiscoveryChannel channel = DiscoveryChannel.valueOf(rs.getString(CHANNEL));
    UUID direct = sql.uuid(rs, OWNER_DIRECT);
    Optional<OwnerChain> owners = direct == null ? Optional.empty()
        : Optional.of(new OwnerChain(new OfficialId(direct), new OfficialId(sql.uuid(rs, OWNER_HEAD)),
            new OfficialId(sql.uuid(rs, OWNER_LEADER))));
    String level = rs.getString(G_LEVEL);
    Function<List<FiredRule>, Optional<GradingRecord>> grading = rules -> Optional.empty();
    if (level != null) {
      Assessment a = new Assessment(rs.getInt(G_PROBABILITY), rs.getInt(G_HARM), rs.getBoolean(G_MAJOR_MATTER),
          rs.getBoolean(G_COMMON_PROBLEM));
      PolicyVersion policy = new PolicyVersion(rs.getString(G_POLICY_NAME), rs.getString(G_POLICY_VERSION),
          Sql.requiredText(rs, G_POLICY_PARAMETERS));
      String by = rs.getString(G_BY);
      java.time.Instant at = Sql.instant(rs, G_AT);
      boolean stale = rs.getBoolean(G_STALE);
      grading = rules -> Optional.of(new GradingRecord(a, new Grade(RiskGrade.valueOf(level), rules, policy), by, at,
          stale));
    }
    LocalDate noticeStart = Sql.day(rs, N_START);
    String noticeAudience = rs.getString(N_AUDIENCE);
    String noticeScope = rs.getString(N_SCOPE);
    LocalDate noticeEnd = Sql.day(rs, N_END);
    LocalDate decidedOn = Sql.day(rs, C_DECIDED_ON);
    Optional<Confirmation> confirmation = decidedOn == null ? Optional.empty()
        : Optional.of(new Confirmation(rs.getString(C_DECIDED_BY), decidedOn, rs.getString(C_RECORDED_BY),
            Sql.instant(rs, C_RECORDED_AT)));
    String code = rs.getString(CODE);
    ReviewState state = ReviewState.valueOf(rs.getString(STATE));
    String identifiedBy = rs.getString(IDENTIFIED_BY);
    java.time.Instant identifiedAt = Sql.instant(rs, IDENTIFIED_AT);
    String raiserSeal = rs.getString(RAISER_SEAL);
    int earlier = rs.getInt(EARLIER_COMMENTS);
    long version = rs.getLong(VERSION);
    Function<List<FiredRule>, Optional<GradingRecord>> graded = grading;
    return lists -> {
      Lists.Of l = lists.byPoint.getOrDefault(id, NONE);
      // every comment the point received is one list; the first `earlier` are the earlier notices' (issue 10)
      List<NoticeComment> comments = PositionedLists.taken(l.comments, id);
      int split = Math.min(earlier, comments.size());
      Optional<PublicNotice> notice = noticeStart == null ? Optional.empty()
          : Optional.of(new PublicNotice(NoticeAudience.valueOf(noticeAudience), noticeScope, noticeStart,
              noticeEnd, comments.subList(split, comments.size())));
      return RiskPoint.restore(new RiskPointId(id), code, location, new RiskDescription(category, description,
          manifestation, PositionedLists.taken(l.sources, id), method, channel), owners,
          CustomFields.of(l.custom == null ? Map.of() : l.custom), state,
          graded.apply(PositionedLists.taken(l.rules, id)), notice, confirmation,
          PositionedLists.taken(l.history, id), comments.subList(0, split), identifiedBy, raiserSeal, identifiedAt,
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
