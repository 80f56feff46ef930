package org.lianfang.jdbc;

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
import org.lianfang.checks.AppraisalComment;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalItem;
import org.lianfang.checks.AppraisalLife;
import org.lianfang.checks.AppraisalPlan;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.AppraisalScale;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Remark;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.AppraisalRounds;

/**
 * Public appraisal rounds in {@code lf_appraisal_round}; their items with their counts in order in {@code
 * lf_appraisal_item}, their comments in order in {@code lf_appraisal_comment} (schema version 26).
 */
final class JdbcAppraisalRounds implements AppraisalRounds, BulkInsert<AppraisalRound> {
  private static final String COLUMNS = "round_id, unit_id, title, scale, from_day, to_day, planned, opened, "
      + "analysed, closed_day, closed_text, version";
  private static final String INSERT = "INSERT INTO lf_appraisal_round (" + COLUMNS + ") VALUES (" + "?, ".repeat(11)
      + "?)";
  private static final String UPDATE = "UPDATE lf_appraisal_round SET opened = ?, analysed = ?, closed_day = ?, "
      + "closed_text = ?, version = version + 1 WHERE round_id = ? AND unit_id = ? AND version = ?";
  private static final String ITEM_COLUMNS = "unit_id, round_id, ordinal, question, point_id, post_id, "
      + "commitment_id, owner_id, very_satisfied, satisfied, basically_satisfied, dissatisfied, very_dissatisfied, "
      + "not_known, flagged";
  private static final String COMMENT_COLUMNS = "unit_id, round_id, ordinal, item_position, rating, comment_text, "
      + "contact, seal, recorded, item_id";
  private final JdbcStoreCore store;

  JdbcAppraisalRounds(JdbcStoreCore store) {
    this.store = store;
  }

  /** Loads the rounds whose main row meets {@code where}, a parameter per id of {@code values}, in id order. */
  private List<AppraisalRound> load(Connection c, String where, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_appraisal_round", "round_id", where,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, where, values));
  }

  private List<AppraisalRound> loadOnce(Connection c, String where, List<UUID> values) throws SQLException {
    Statements.Binder bind = InUnits.cyclically(store.sql(), values.size(), values);
    Sql sql = store.sql();
    String ofRounds = InUnits.childrenOf(where, "lf_appraisal_round", "round_id");
    record Item(AppraisalItem item, AppraisalCounts counts, boolean flagged) {}
    Map<UUID, List<Item>> items = new HashMap<>();
    Statements.query(c, "SELECT " + ITEM_COLUMNS + " FROM lf_appraisal_item" + ofRounds + " ORDER BY round_id, "
        + "ordinal", bind, rs -> items.computeIfAbsent(sql.uuid(rs, "round_id"),
            k -> new ArrayList<>()).add(new Item(new AppraisalItem(Sql.requiredText(rs, "question"),
                Optional.ofNullable(sql.uuid(rs, "point_id")).map(RiskPointId::new),
                Optional.ofNullable(sql.uuid(rs, "post_id")).map(PostId::new),
                Optional.ofNullable(sql.uuid(rs, "commitment_id")).map(ServiceCommitmentId::new),
                new OfficialId(sql.uuid(rs, "owner_id"))), new AppraisalCounts(rs.getInt("very_satisfied"),
                    rs.getInt("satisfied"), rs.getInt("basically_satisfied"), rs.getInt("dissatisfied"),
                    rs.getInt("very_dissatisfied"), rs.getInt("not_known")), Sql.bool(rs, "flagged"))));
    Map<UUID, List<AppraisalComment>> comments = new HashMap<>();
    Statements.query(c, "SELECT " + COMMENT_COLUMNS + " FROM lf_appraisal_comment" + ofRounds + " ORDER BY "
        + "round_id, ordinal", bind, rs -> comments.computeIfAbsent(sql.uuid(rs,
            "round_id"), k -> new ArrayList<>()).add(new AppraisalComment(rs.getInt("item_position"),
                AppraisalRating.valueOf(rs.getString("rating")), Sql.requiredText(rs, "comment_text"),
                Optional.ofNullable(rs.getString("contact")), rs.getString("seal"), Sql.day(rs, "recorded"),
                Optional.ofNullable(sql.uuid(rs, "item_id")).map(RectificationItemId::new))));
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_appraisal_round WHERE " + where + " ORDER BY "
        + "round_id", bind, rs -> {
          UUID id = sql.uuid(rs, "round_id");
          List<Item> its = items.getOrDefault(id, List.of());
          LocalDate closed = Sql.day(rs, "closed_day");
          List<Integer> flagged = new ArrayList<>();
          for (int i = 0; i < its.size(); i++) {
            if (its.get(i).flagged()) {
              flagged.add(i);
            }
          }
          AppraisalPlan plan = new AppraisalPlan(Sql.requiredText(rs, "title"), AppraisalScale.valueOf(
              rs.getString("scale")), Sql.day(rs, "from_day"), Sql.day(rs, "to_day"),
              its.stream().map(Item::item).toList());
          AppraisalLife life = new AppraisalLife(Sql.day(rs, "planned"), Optional.ofNullable(Sql.day(rs, "opened")),
              Optional.ofNullable(Sql.day(rs, "analysed")), flagged, closed == null ? Optional.empty()
                  : Optional.of(new Remark(closed, Sql.requiredText(rs, "closed_text"))));
          return AppraisalRound.restore(new AppraisalRoundId(id), new UnitId(sql.uuid(rs, "unit_id")), plan,
              its.stream().map(Item::counts).toList(), comments.getOrDefault(id, List.of()), life,
              rs.getLong("version"));
        });
  }

  /** Binds the columns a step changes, from parameter {@code from} on: opened, analysed, closed. */
  private static void bindLife(PreparedStatement ps, int from, AppraisalLife l) throws SQLException {
    Sql.day(ps, from, l.opened().orElse(null));
    Sql.day(ps, from + 1, l.analysed().orElse(null));
    Sql.day(ps, from + 2, l.closed().map(Remark::day).orElse(null));
    Sql.text(ps, from + 3, l.closed().map(Remark::text).orElse(null));
  }

  private void insertChildren(Connection c, List<AppraisalRound> rounds) throws SQLException {
    Sql sql = store.sql();
    record Item(AppraisalRound round, int position) {}
    record Comment(AppraisalRound round, int position) {}
    List<Item> items = new ArrayList<>();
    List<Comment> comments = new ArrayList<>();
    for (AppraisalRound r : rounds) {
      for (int i = 0; i < r.plan().items().size(); i++) {
        items.add(new Item(r, i));
      }
      for (int i = 0; i < r.comments().size(); i++) {
        comments.add(new Comment(r, i));
      }
    }
    Statements.batch(c, "INSERT INTO lf_appraisal_item (" + ITEM_COLUMNS + ") VALUES (" + "?, ".repeat(14) + "?)",
        items, (ps, row) -> {
          AppraisalItem it = row.round().plan().items().get(row.position());
          AppraisalCounts n = row.round().counts().get(row.position());
          sql.uuid(ps, 1, row.round().unitId().value());
          sql.uuid(ps, 2, row.round().id().value());
          ps.setInt(3, row.position());
          Sql.text(ps, 4, it.question());
          sql.uuid(ps, 5, it.point().map(RiskPointId::value).orElse(null));
          sql.uuid(ps, 6, it.post().map(PostId::value).orElse(null));
          sql.uuid(ps, 7, it.commitment().map(ServiceCommitmentId::value).orElse(null));
          sql.uuid(ps, 8, it.owner().value());
          int k = 9;
          for (AppraisalRating rating : AppraisalRating.values()) {
            ps.setInt(k++, n.of(rating));
          }
          Sql.bool(ps, k, row.round().life().flagged().contains(row.position()));
        });
    Statements.batch(c, "INSERT INTO lf_appraisal_comment (" + COMMENT_COLUMNS + ") VALUES (" + "?, ".repeat(9)
        + "?)", comments, (ps, row) -> {
          AppraisalComment x = row.round().comments().get(row.position());
          sql.uuid(ps, 1, row.round().unitId().value());
          sql.uuid(ps, 2, row.round().id().value());
          ps.setInt(3, row.position());
          ps.setInt(4, x.item());
          ps.setString(5, x.rating().name());
          Sql.text(ps, 6, x.text());
          Sql.text(ps, 7, x.contact().orElse(null));
          ps.setString(8, x.seal());
          Sql.day(ps, 9, x.day());
          sql.uuid(ps, 10, x.rectification().map(RectificationItemId::value).orElse(null));
        });
  }

  /** Inserts rounds (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<AppraisalRound> rounds) throws SQLException {
    Statements.batch(c, INSERT, rounds, (ps, r) -> {
      AppraisalPlan p = r.plan();
      store.sql().uuid(ps, 1, r.id().value());
      store.sql().uuid(ps, 2, r.unitId().value());
      Sql.text(ps, 3, p.title());
      ps.setString(4, p.scale().name());
      Sql.day(ps, 5, p.from());
      Sql.day(ps, 6, p.to());
      Sql.day(ps, 7, r.life().planned());
      bindLife(ps, 8, r.life());
      ps.setLong(12, Statements.insertedVersion(r.version()));
    });
    insertChildren(c, rounds);
  }

  @Override
  public Optional<AppraisalRound> find(AppraisalRoundId id) {
    return store.records().find("read appraisal round " + id, "round_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<AppraisalRound> records) {
    store.insertBatch(AppraisalRound.class, records);
  }

  @Override
  public void insert(AppraisalRound r) {
    store.records().seen(r);
    store.write("insert appraisal round " + r.id(), c -> {
      insertAll(c, List.of(r));
      return null;
    });
  }

  /** Writes the main row's changed columns, and the items and comments again, in the caller's transaction. */
  @Override
  public void update(AppraisalRound r) {
    store.write("update appraisal round " + r.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        bindLife(ps, 1, r.life());
        store.sql().uuid(ps, 5, r.id().value());
        store.sql().uuid(ps, 6, r.unitId().value());
        ps.setLong(7, r.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("AppraisalRound " + r.id(), r.version());
      }
      for (String table : List.of("lf_appraisal_comment", "lf_appraisal_item")) {
        Statements.update(c, "DELETE FROM " + table + " WHERE round_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, r.id().value());
          store.sql().uuid(ps, 2, r.unitId().value());
        });
      }
      insertChildren(c, List.of(r));
      return null;
    });
  }

  @Override
  public List<AppraisalRound> inUnit(UnitId unit) {
    return store.read("read the appraisal rounds of " + unit, c -> load(c, "unit_id = ?", List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each three statements, as {@link #inUnit} reads one. */
  @Override
  public Map<UnitId, List<AppraisalRound>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the appraisal rounds of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
