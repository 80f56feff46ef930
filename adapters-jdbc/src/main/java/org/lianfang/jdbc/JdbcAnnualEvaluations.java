package org.lianfang.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Band;
import org.lianfang.evaluation.Deduction;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.evaluation.EvaluationFigures;
import org.lianfang.evaluation.EvaluationReview;
import org.lianfang.evaluation.SelfAssessment;
import org.lianfang.evaluation.Veto;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.spi.AnnualEvaluations;

/**
 * Annual evaluations in {@code lf_evaluation}, one per unit and year; their deductions and vetoes in order in {@code
 * lf_evaluation_case} (schema version 27). Decimals are kept as their text, so their scale comes back exactly.
 */
final class JdbcAnnualEvaluations implements AnnualEvaluations, BulkInsert<AnnualEvaluation> {
  /** The columns a step writes, in order, after the id, the unit, the year and the self-assessment. */
  private static final List<String> STEPS = List.of("reviewed", "as_of", "points", "points_owned", "points_covered",
      "power_items", "power_items_disclosed", "checks_due", "checks_submitted", "rated_full", "rated_partial",
      "rated_none", "items_overdue", "reports_open", "leaders_held", "others_held", "appraisal_scored",
      "appraisal_satisfied", "leader_scores", "decided_day", "decided_remarks", "decided_total", "band", "band_label",
      "published");
  private static final String COLUMNS = "evaluation_id, unit_id, year_no, policy_name, policy_version, "
      + "policy_parameters, self_items, self_summary, self_day, " + String.join(", ", STEPS) + ", version";
  private static final String INSERT = "INSERT INTO lf_evaluation (" + COLUMNS + ") VALUES ("
      + "?, ".repeat(9 + STEPS.size()) + "?)";
  private static final String UPDATE = "UPDATE lf_evaluation SET self_summary = ?, " + String.join(" = ?, ", STEPS)
      + " = ?, version = version + 1 WHERE evaluation_id = ? AND unit_id = ? AND version = ?";
  private final JdbcStoreCore store;

  JdbcAnnualEvaluations(JdbcStoreCore store) {
    this.store = store;
  }

  /** Loads the evaluations whose main row meets {@code where}, a parameter per id of {@code values}, in id order. */
  private List<AnnualEvaluation> load(Connection c, String where, List<UUID> values) throws SQLException {
    return store.consistently(c, "lf_evaluation", "evaluation_id", where,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, where, values));
  }

  private List<AnnualEvaluation> loadOnce(Connection c, String where, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    Map<UUID, List<Deduction>> deductions = new HashMap<>();
    Map<UUID, List<Veto>> vetoes = new HashMap<>();
    Statements.query(c, "SELECT evaluation_id, kind, item, points, reason, evidence FROM lf_evaluation_case"
        + InUnits.childrenOf(where, "lf_evaluation", "evaluation_id") + " ORDER BY evaluation_id, ordinal", bind,
        rs -> {
          UUID id = sql.uuid(rs, "evaluation_id");
          String reason = Sql.requiredText(rs, "reason");
          String evidence = Sql.requiredText(rs, "evidence");
          return "VETO".equals(rs.getString("kind"))
              ? vetoes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Veto(reason, evidence))
              : deductions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Deduction(rs.getString("item"),
                  new BigDecimal(rs.getString("points")), reason, evidence));
        });
    return Statements.query(c, "SELECT " + COLUMNS + " FROM lf_evaluation WHERE " + where + " ORDER BY "
        + "evaluation_id", bind, rs -> {
          UUID id = sql.uuid(rs, "evaluation_id");
          UnitId unit = new UnitId(sql.uuid(rs, "unit_id"));
          Year year = Year.of(rs.getInt("year_no"));
          LocalDate reviewed = Sql.day(rs, "reviewed");
          Optional<EvaluationReview> review = reviewed == null ? Optional.empty() : Optional.of(new EvaluationReview(
              new EvaluationFigures(unit, year, Sql.day(rs, "as_of"), rs.getInt("points"), rs.getInt("points_owned"),
                  rs.getInt("points_covered"), rs.getInt("power_items"), rs.getInt("power_items_disclosed"),
                  rs.getInt("checks_due"), rs.getInt("checks_submitted"), rs.getInt("rated_full"),
                  rs.getInt("rated_partial"), rs.getInt("rated_none"), rs.getInt("items_overdue"),
                  rs.getInt("reports_open"), rs.getInt("leaders_held"), rs.getInt("others_held"),
                  rs.getLong("appraisal_scored"), rs.getLong("appraisal_satisfied")),
              deductions.getOrDefault(id, List.of()), vetoes.getOrDefault(id, List.of()), reviewed));
          LocalDate decided = Sql.day(rs, "decided_day");
          Optional<EvaluationDecision> decision = decided == null ? Optional.empty() : Optional.of(
              new EvaluationDecision(decided, Sql.requiredText(rs, "decided_remarks"),
                  new BigDecimal(rs.getString("decided_total")), Band.valueOf(rs.getString("band")),
                  Sql.requiredText(rs, "band_label")));
          return AnnualEvaluation.restore(new AnnualEvaluationId(id), unit, year, new PolicyVersion(
              Sql.requiredText(rs, "policy_name"), Sql.requiredText(rs, "policy_version"),
              Sql.requiredText(rs, "policy_parameters")), new SelfAssessment(decimals(rs.getString("self_items")),
                  Sql.requiredText(rs, "self_summary"), Sql.day(rs, "self_day")), review,
              decimals(rs.getString("leader_scores")), decision, Optional.ofNullable(Sql.day(rs, "published")),
              rs.getLong("version"));
        });
  }

  private static List<BigDecimal> decimals(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(BigDecimal::new).toList();
  }

  private static String text(List<BigDecimal> decimals) {
    return decimals.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
  }

  /** Binds the columns of {@link #STEPS}, from parameter {@code from} on. */
  private static void bindSteps(PreparedStatement ps, int from, AnnualEvaluation e) throws SQLException {
    int k = from;
    Optional<EvaluationReview> r = e.review();
    Sql.day(ps, k++, r.map(EvaluationReview::day).orElse(null));
    Sql.day(ps, k++, r.map(x -> x.figures().asOf()).orElse(null));
    EvaluationFigures f = r.map(EvaluationReview::figures).orElse(null);
    List<Integer> counts = f == null ? null : List.of(f.points(), f.pointsOwned(), f.pointsCovered(),
        f.powerItems(), f.powerItemsDisclosed(), f.checksDue(), f.checksSubmitted(), f.ratedFull(), f.ratedPartial(),
        f.ratedNone(), f.itemsOverdue(), f.reportsOpen(), f.leadersHeldAccountable(), f.othersHeldAccountable());
    for (int i = 0; i < 14; i++) {
      Sql.integer(ps, k++, counts == null ? null : counts.get(i));
    }
    for (Long n : f == null ? Arrays.asList((Long) null, null) : List.of(f.appraisalScored(),
        f.appraisalSatisfied())) {
      if (n == null) {
        ps.setNull(k++, java.sql.Types.BIGINT);
      } else {
        ps.setLong(k++, n);
      }
    }
    Sql.text(ps, k++, e.leaders().isEmpty() ? null : text(e.leaders()));
    Optional<EvaluationDecision> d = e.decision();
    Sql.day(ps, k++, d.map(EvaluationDecision::day).orElse(null));
    Sql.text(ps, k++, d.map(EvaluationDecision::remarks).orElse(null));
    ps.setString(k++, d.map(x -> x.total().toPlainString()).orElse(null));
    ps.setString(k++, d.map(x -> x.band().name()).orElse(null));
    Sql.text(ps, k++, d.map(EvaluationDecision::label).orElse(null));
    Sql.day(ps, k, e.published().orElse(null));
  }

  private void insertCases(Connection c, List<AnnualEvaluation> evaluations) throws SQLException {
    record Case(AnnualEvaluation e, int position, Object x) {}
    List<Case> cases = new ArrayList<>();
    for (AnnualEvaluation e : evaluations) {
      List<Object> all = new ArrayList<>();
      e.review().ifPresent(r -> {
        all.addAll(r.deductions());
        all.addAll(r.vetoes());
      });
      for (int i = 0; i < all.size(); i++) {
        cases.add(new Case(e, i, all.get(i)));
      }
    }
    Sql sql = store.sql();
    Statements.batch(c, "INSERT INTO lf_evaluation_case (unit_id, evaluation_id, ordinal, kind, item, points, reason, "
        + "evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cases, (ps, x) -> {
          sql.uuid(ps, 1, x.e().unitId().value());
          sql.uuid(ps, 2, x.e().id().value());
          ps.setInt(3, x.position());
          if (x.x() instanceof Deduction d) {
            ps.setString(4, "DEDUCTION");
            ps.setString(5, d.item());
            ps.setString(6, d.points().toPlainString());
            Sql.text(ps, 7, d.reason());
            Sql.text(ps, 8, d.evidence());
          } else {
            Veto v = (Veto) x.x();
            ps.setString(4, "VETO");
            ps.setString(5, null);
            ps.setString(6, null);
            Sql.text(ps, 7, v.reason());
            Sql.text(ps, 8, v.evidence());
          }
        });
  }

  /** Inserts evaluations (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<AnnualEvaluation> evaluations) throws SQLException {
    Statements.batch(c, INSERT, evaluations, (ps, e) -> {
      store.sql().uuid(ps, 1, e.id().value());
      store.sql().uuid(ps, 2, e.unitId().value());
      ps.setInt(3, e.year().getValue());
      Sql.text(ps, 4, e.policy().name());
      Sql.text(ps, 5, e.policy().version());
      Sql.text(ps, 6, e.policy().parameters());
      Sql.text(ps, 7, text(e.self().items()));
      Sql.text(ps, 8, e.self().summary());
      Sql.day(ps, 9, e.self().day());
      bindSteps(ps, 10, e);
      ps.setLong(10 + STEPS.size(), Statements.insertedVersion(e.version()));
    });
    insertCases(c, evaluations);
  }

  @Override
  public Optional<AnnualEvaluation> find(AnnualEvaluationId id) {
    return store.records().find("read annual evaluation " + id, "evaluation_id", id.value(), this::load);
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<AnnualEvaluation> records) {
    store.insertBatch(AnnualEvaluation.class, records);
  }

  @Override
  public void insert(AnnualEvaluation e) {
    store.records().seen(e);
    store.write("insert annual evaluation " + e.id(), c -> {
      insertAll(c, List.of(e));
      return null;
    });
  }

  /** Writes the changed columns, and the deductions and vetoes again, in the caller's transaction. */
  @Override
  public void update(AnnualEvaluation e) {
    store.write("update annual evaluation " + e.id(), c -> {
      int n = Statements.update(c, UPDATE, ps -> {
        Sql.text(ps, 1, e.self().summary());
        bindSteps(ps, 2, e);
        store.sql().uuid(ps, 2 + STEPS.size(), e.id().value());
        store.sql().uuid(ps, 3 + STEPS.size(), e.unitId().value());
        ps.setLong(4 + STEPS.size(), e.version());
      });
      if (n == 0) {
        throw new StaleAggregateException("AnnualEvaluation " + e.id(), e.version());
      }
      Statements.update(c, "DELETE FROM lf_evaluation_case WHERE evaluation_id = ? AND unit_id = ?", ps -> {
        store.sql().uuid(ps, 1, e.id().value());
        store.sql().uuid(ps, 2, e.unitId().value());
      });
      insertCases(c, List.of(e));
      return null;
    });
  }

  @Override
  public List<AnnualEvaluation> inUnit(UnitId unit) {
    return store.read("read the annual evaluations of " + unit, c -> load(c, "unit_id = ?",
        List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each two statements, as {@link #inUnit} reads one. */
  @Override
  public Map<UnitId, List<AnnualEvaluation>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the annual evaluations of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }
}
