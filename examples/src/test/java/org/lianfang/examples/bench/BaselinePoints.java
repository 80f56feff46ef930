package org.lianfang.examples.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
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
 * What both baselines need to write the journal Lianfang writes since issue 10 (finding 2): each entry carries the
 * digest of its record's whole state after the change, so a command that changes part of a point reads all of it — its
 * row and its lists — and makes the point as it is after the change. The baselines read the rows their own way (the
 * hand-written one in one join, the Hibernate one through its entity and one native query) and share this mapping from
 * columns to the point and its digest.
 */
final class BaselinePoints {
  /**
   * A point's lists but its fired rules, which a grading replaces: each row tagged by {@code t} (1 sources, 3 review
   * steps, 4 comments, 5 custom values) with its columns in the slots {@code a} to {@code f}; {@code %s} is the
   * condition on {@code risk_point_id}.
   */
  static final String LISTS = "SELECT 1 AS t, risk_point_id, ordinal, kind AS a, description AS b, '' AS c, "
      + "'' AS d, '' AS e, 0 AS f FROM lf_risk_source WHERE %1$s "
      + "UNION ALL SELECT 3, risk_point_id, ordinal, from_state, action, to_state, actor_id, note, at_ms "
      + "FROM lf_risk_review WHERE %1$s "
      + "UNION ALL SELECT 4, risk_point_id, ordinal, author_id, body, seal, '', '', received_at FROM lf_risk_comment "
      + "WHERE %1$s "
      + "UNION ALL SELECT 5, risk_point_id, 0, field_key, value_type, value_text, '', '', 0 FROM lf_risk_custom "
      + "WHERE %1$s";

  /** The columns of a point's row that its state needs (its grading is about to be replaced). */
  static final String COLUMNS = "risk_point_id, unit_id, code, post_id, step_process_id, step_code, power_item_id, "
      + "category, description, manifestation, method, channel, owner_direct, owner_head, owner_leader, state, "
      + "n_audience, n_scope, n_start, n_end, c_decided_by, c_decided_on, c_recorded_by, c_recorded_at, identified_by, "
      + "identified_at, raiser_seal, earlier_comments, version";

  private BaselinePoints() {}

  /** A point's row, in the order of {@link #COLUMNS}. */
  record Row(UUID id, UUID unit, String code, UUID post, UUID stepProcess, String stepCode, UUID powerItem,
      String category, String description, String manifestation, String method, String channel, UUID ownerDirect,
      UUID ownerHead, UUID ownerLeader, String state, String audience, String scope, LocalDate start, LocalDate end,
      String decidedBy,
      LocalDate decidedOn, String recordedBy, Long recordedAt, String identifiedBy, long identifiedAt,
      String raiserSeal, int earlierComments, long version) {}

  /**
   * @param r the point's row
   * @param lists its rows of {@link #LISTS}: {@code t}, then the slots {@code a} to {@code f} ({@code f} a number);
   *     a row whose {@code t} is null (a point without lists, joined) is skipped
   * @return the point as stored, without its grading
   */
  static RiskPoint point(Row r, List<Object[]> lists) {
    List<RiskSource> sources = new ArrayList<>();
    List<ReviewRecord> history = new ArrayList<>();
    List<NoticeComment> comments = new ArrayList<>();
    TreeMap<String, CustomValue> custom = new TreeMap<>();
    for (Object[] l : lists) {
      if (l[0] == null) {
        continue; // the one row of a point without lists
      }
      int t = ((Number) l[0]).intValue();
      long f = ((Number) l[6]).longValue();
      switch (t) {
        case 1 -> sources.add(new RiskSource(SourceKind.valueOf(text(l[1])), text(l[2])));
        case 3 -> history.add(new ReviewRecord(ReviewState.valueOf(text(l[1])), ReviewAction.valueOf(text(l[2])),
            ReviewState.valueOf(text(l[3])), text(l[4]), Instant.ofEpochMilli(f), text(l[5])));
        case 4 -> comments.add(new NoticeComment(text(l[1]), text(l[2]), Instant.ofEpochMilli(f), text(l[3])));
        case 5 -> custom.put(text(l[1]), switch (text(l[2])) {
          case "TEXT" -> new CustomValue.Text(text(l[3]));
          case "NUMBER" -> new CustomValue.Number(new BigDecimal(text(l[3])));
          case "DAY" -> new CustomValue.Day(LocalDate.parse(text(l[3])));
          default -> new CustomValue.Flag(Boolean.parseBoolean(text(l[3])));
        });
        default -> throw new IllegalArgumentException("no list is tagged " + t);
      }
    }
    UnitId unit = new UnitId(r.unit());
    RiskLocation location = RiskLocation.of(unit, Optional.ofNullable(r.post()).map(PostId::new),
        Optional.ofNullable(r.stepProcess()).map(p -> new StepRef(new ProcessId(p), new StepId(r.stepCode()))),
        Optional.ofNullable(r.powerItem()).map(PowerItemId::new));
    RiskDescription d = new RiskDescription(RiskCategory.valueOf(r.category()), r.description(), r.manifestation(),
        sources, DiscoveryMethod.valueOf(r.method()), DiscoveryChannel.valueOf(r.channel()));
    Optional<OwnerChain> owners = r.ownerDirect() == null ? Optional.empty()
        : Optional.of(new OwnerChain(new OfficialId(r.ownerDirect()), new OfficialId(r.ownerHead()),
            new OfficialId(r.ownerLeader())));
    int split = Math.min(r.earlierComments(), comments.size());
    Optional<PublicNotice> notice = r.scope() == null ? Optional.empty()
        : Optional.of(new PublicNotice(NoticeAudience.valueOf(r.audience()), r.scope(), r.start(), r.end(),
            comments.subList(split, comments.size())));
    Optional<Confirmation> confirmation = r.decidedBy() == null ? Optional.empty()
        : Optional.of(new Confirmation(r.decidedBy(), r.decidedOn(), r.recordedBy(),
            Instant.ofEpochMilli(r.recordedAt())));
    return RiskPoint.restore(new RiskPointId(r.id()), r.code(), location, d, owners, CustomFields.of(custom),
        ReviewState.valueOf(r.state()), Optional.empty(), notice, confirmation, history, comments.subList(0, split),
        r.identifiedBy(), r.raiserSeal(), Instant.ofEpochMilli(r.identifiedAt()), r.version());
  }

  /** @param after a point after a change @return the digest its journal entry carries */
  static String digest(RiskPoint after) {
    return JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(after));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
