package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.CycleRules;
import org.lianfang.cycle.CycleTimetable;
import org.lianfang.cycle.PhaseWindow;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.spi.AnnualCycles;

/**
 * Annual cycles in {@code lf_cycle}, one per unit and year; what the records held when each phase was left in order in
 * {@code lf_cycle_step} (schema version 28). A step moves the main row's version and nothing else of it.
 */
final class JdbcAnnualCycles implements AnnualCycles, BulkInsert<AnnualCycle> {
  /** The columns: each phase's first and last day by its code, each policy's version by its name. */
  private static final String COLUMNS = "cycle_id, unit_id, year_no, opened, "
      + String.join(", ", CyclePhase.WORKING.stream().map(p -> p.code() + "_from, " + p.code() + "_to").toList())
      + ", points_settled, no_coverage_gaps, items_settled, revision_posted, "
      + String.join(", ", CyclePolicies.NAMES.stream().map(p -> p + "_name, " + p + "_version, " + p
          + "_parameters").toList()) + ", " + Revised.COLUMNS + ", version";
  private static final int WINDOWS = Sql.column(COLUMNS, "mobilisation_from");
  private static final int RULES = Sql.column(COLUMNS, "points_settled");
  private static final int POLICIES = Sql.column(COLUMNS, "grading_name");
  private static final int NOTICE = Sql.column(COLUMNS, "notice_start");
  private static final int VERSION = Sql.column(COLUMNS, "version");
  private static final String INSERT = "INSERT INTO lf_cycle (" + COLUMNS + ") VALUES (" + "?, ".repeat(VERSION - 1)
      + "?)";
  private final JdbcStoreCore store;

  JdbcAnnualCycles(JdbcStoreCore store) {
    this.store = store;
  }

  /** Loads the cycles whose main row meets {@code where}, a parameter per id of {@code values}, in id order. */
  private List<AnnualCycle> load(Connection c, String where, List<UUID> values) throws SQLException {
    return store.consistentlyMainRowsFirst(c, "lf_cycle", "cycle_id", where,
        InUnits.cyclically(store.sql(), values.size(), values), () -> loadOnce(c, where, values));
  }

  /** The main rows first (each to be finished with its steps), then the steps, placed by position. */
  private List<AnnualCycle> loadOnce(Connection c, String where, List<UUID> values) throws SQLException {
    Sql sql = store.sql();
    Statements.Binder bind = InUnits.cyclically(sql, values.size(), values);
    PositionedLists<CycleFigures> steps = new PositionedLists<>();
    List<Function<PositionedLists<CycleFigures>, AnnualCycle>> rows = Statements.query(c, "SELECT " + COLUMNS
        + " FROM lf_cycle WHERE " + where + " ORDER BY cycle_id", bind, rs -> row(sql, rs));
    if (rows.isEmpty()) {
      return List.of();
    }
    Statements.query(c, "SELECT cycle_id, ordinal, step_day, stale_points, unconfirmed_points, coverage_gaps, "
        + "open_items FROM lf_cycle_step" + InUnits.childrenOf(where, "lf_cycle", "cycle_id"), bind, rs -> {
          steps.put(sql.uuid(rs, 1), rs.getInt(2), new CycleFigures(Sql.day(rs, 3), rs.getInt(4), rs.getInt(5),
              rs.getInt(6), rs.getInt(7)));
          return null;
        });
    List<AnnualCycle> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(r.apply(steps)));
    return out;
  }

  /** Reads a main row by column position ({@link #COLUMNS}); its steps come later. */
  private static Function<PositionedLists<CycleFigures>, AnnualCycle> row(Sql sql, ResultSet rs) throws SQLException {
    UUID id = sql.uuid(rs, 1);
    UnitId unit = new UnitId(sql.uuid(rs, 2));
    Year year = Year.of(rs.getInt(3));
    LocalDate opened = Sql.day(rs, 4);
    List<PhaseWindow> windows = new ArrayList<>();
    for (int i = 0; i < CyclePhase.WORKING.size(); i++) {
      windows.add(new PhaseWindow(CyclePhase.WORKING.get(i), Sql.day(rs, WINDOWS + 2 * i),
          Sql.day(rs, WINDOWS + 1 + 2 * i)));
    }
    CycleRules rules = new CycleRules(rs.getBoolean(RULES), rs.getBoolean(RULES + 1), rs.getBoolean(RULES + 2),
        rs.getBoolean(RULES + 3));
    List<PolicyVersion> v = new ArrayList<>();
    for (int i = 0; i < CyclePolicies.NAMES.size(); i++) {
      v.add(new PolicyVersion(Sql.requiredText(rs, POLICIES + 3 * i), Sql.requiredText(rs, POLICIES + 1 + 3 * i),
          Sql.requiredText(rs, POLICIES + 2 + 3 * i)));
    }
    CyclePolicies policies = CyclePolicies.of(v);
    CycleTimetable timetable = new CycleTimetable(year, windows);
    Optional<RevisionNotice> revision = Revised.read(rs, NOTICE);
    long version = rs.getLong(VERSION);
    return steps -> AnnualCycle.restore(new AnnualCycleId(id), unit, opened, timetable, rules, policies,
        steps.of(id), revision, version);
  }

  /** Inserts the steps of each cycle, in order. */
  private void insertSteps(Connection c, List<AnnualCycle> cycles, int from) throws SQLException {
    record Step(AnnualCycle cycle, int position, CycleFigures figures) {}
    List<Step> steps = new ArrayList<>();
    for (AnnualCycle a : cycles) {
      for (int i = from; i < a.steps().size(); i++) {
        steps.add(new Step(a, i, a.steps().get(i)));
      }
    }
    Sql sql = store.sql();
    Statements.batch(c, "INSERT INTO lf_cycle_step (unit_id, cycle_id, ordinal, step_day, stale_points, "
        + "unconfirmed_points, coverage_gaps, open_items) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", steps, (ps, s) -> {
          sql.uuid(ps, 1, s.cycle().unitId().value());
          sql.uuid(ps, 2, s.cycle().id().value());
          ps.setInt(3, s.position());
          Sql.day(ps, 4, s.figures().day());
          ps.setInt(5, s.figures().stalePoints());
          ps.setInt(6, s.figures().unconfirmedPoints());
          ps.setInt(7, s.figures().coverageGaps());
          ps.setInt(8, s.figures().openItems());
        });
  }

  /** Inserts cycles (new ones as version 1, restored ones at their version), one batch per table. */
  @Override
  public void insertAll(Connection c, List<AnnualCycle> cycles) throws SQLException {
    Statements.batch(c, INSERT, cycles, (ps, a) -> bind(ps, a));
    insertSteps(c, cycles, 0);
  }

  private void bind(PreparedStatement ps, AnnualCycle a) throws SQLException {
    store.sql().uuid(ps, 1, a.id().value());
    store.sql().uuid(ps, 2, a.unitId().value());
    ps.setInt(3, a.year().getValue());
    Sql.day(ps, 4, a.opened());
    int k = WINDOWS;
    for (PhaseWindow w : a.timetable().windows()) {
      Sql.day(ps, k++, w.from());
      Sql.day(ps, k++, w.to());
    }
    ps.setBoolean(k++, a.rules().pointsSettled());
    ps.setBoolean(k++, a.rules().noCoverageGaps());
    ps.setBoolean(k++, a.rules().itemsSettled());
    ps.setBoolean(k++, a.rules().revisionPosted());
    for (PolicyVersion v : a.policies().named().values()) {
      Sql.text(ps, k++, v.name());
      Sql.text(ps, k++, v.version());
      Sql.text(ps, k++, v.parameters());
    }
    k = Revised.bind(ps, k, a.revision());
    ps.setLong(k, Statements.insertedVersion(a.version()));
  }

  @Override
  public Optional<AnnualCycle> find(AnnualCycleId id) {
    Optional<AnnualCycle> found = store.records().find("read annual cycle " + id, "cycle_id", id.value(), this::load);
    if (store.inTransaction() && !store.inSnapshot()) {
      found.ifPresent(a -> store.remembered().put(a.id(), a));
    }
    return found;
  }

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<AnnualCycle> records) {
    store.insertBatch(AnnualCycle.class, records);
  }

  @Override
  public void insert(AnnualCycle a) {
    store.records().seen(a);
    store.write("insert annual cycle " + a.id(), c -> {
      insertAll(c, List.of(a));
      return null;
    });
  }

  /**
   * Moves the version, writes the revision posted and the steps, in the caller's transaction: nothing else of a cycle
   * changes once it is opened. The steps are inserted from the first one the cycle as this transaction read it ({@link
   * #find}, at the version updated) lacks, since leaving a phase adds one and changes none before it; all are
   * written again otherwise.
   */
  @Override
  public void update(AnnualCycle a) {
    store.write("update annual cycle " + a.id(), c -> {
      int n = Statements.update(c, "UPDATE lf_cycle SET version = version + 1, " + Revised.ASSIGNMENTS
          + " WHERE cycle_id = ? AND unit_id = ? AND version = ?", ps -> {
            int k = Revised.bind(ps, 1, a.revision());
            store.sql().uuid(ps, k, a.id().value());
            store.sql().uuid(ps, k + 1, a.unitId().value());
            ps.setLong(k + 2, a.version());
          });
      if (n == 0) {
        throw new StaleAggregateException("AnnualCycle " + a.id(), a.version());
      }
      List<CycleFigures> before = store.remembered().get(a.id()) instanceof AnnualCycle read
          && read.version() == a.version() ? read.steps() : null;
      if (before != null && before.size() <= a.steps().size()
          && before.equals(a.steps().subList(0, before.size()))) {
        insertSteps(c, List.of(a), before.size()); // a phase left adds a step and changes none before it
      } else {
        Statements.update(c, "DELETE FROM lf_cycle_step WHERE cycle_id = ? AND unit_id = ?", ps -> {
          store.sql().uuid(ps, 1, a.id().value());
          store.sql().uuid(ps, 2, a.unitId().value());
        });
        insertSteps(c, List.of(a), 0);
      }
      store.remembered().put(a.id(), a.withVersion(a.version() + 1));
      return null;
    });
  }

  @Override
  public List<AnnualCycle> inUnit(UnitId unit) {
    return store.read("read the annual cycles of " + unit, c -> load(c, "unit_id = ?", List.of(unit.value())));
  }

  /** {@value InUnits#PER_STATEMENT} units in each two statements, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<AnnualCycle>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the annual cycles of " + units.size() + " units", c -> InUnits.read(units,
        (condition, chunk) -> load(c, condition, chunk)));
  }

  /** A revision posted, in the {@code notice_} columns of {@code lf_cycle} (schema 30), all NULL while none is. */
  private static final class Revised {
    static final String COLUMNS = "notice_start, notice_end, notice_scope, notice_added, notice_adjusted, "
        + "notice_deleted, notice_digest, notice_versions";
    static final String ASSIGNMENTS = String.join(", ", java.util.Arrays.stream(COLUMNS.split(", "))
        .map(col -> col + " = ?").toList());

    private Revised() {}

    /** @return the revision in the columns from {@code at} on, if its first day is there */
    static Optional<RevisionNotice> read(ResultSet rs, int at) throws SQLException {
      LocalDate start = Sql.day(rs, at);
      if (start == null) {
        return Optional.empty();
      }
      return Optional.of(new RevisionNotice(start, Sql.day(rs, at + 1), Sql.requiredText(rs, at + 2),
          rs.getInt(at + 3), rs.getInt(at + 4), rs.getInt(at + 5), Sql.requiredText(rs, at + 6),
          Sql.requiredText(rs, at + 7)));
    }

    /** Binds the revision, or NULLs, from parameter {@code k} on; @return the next parameter */
    static int bind(PreparedStatement ps, int k, Optional<RevisionNotice> revision) throws SQLException {
      RevisionNotice n = revision.orElse(null);
      Sql.day(ps, k, n == null ? null : n.start());
      Sql.day(ps, k + 1, n == null ? null : n.end());
      Sql.text(ps, k + 2, n == null ? null : n.scope());
      Sql.integer(ps, k + 3, n == null ? null : n.added());
      Sql.integer(ps, k + 4, n == null ? null : n.adjusted());
      Sql.integer(ps, k + 5, n == null ? null : n.deleted());
      Sql.text(ps, k + 6, n == null ? null : n.digest());
      Sql.text(ps, k + 7, n == null ? null : n.versions());
      return k + 8;
    }
  }
}
