package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.UnitId;
import org.lianfang.checks.CheckAction;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.MeasurePlan;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPoint;
import org.lianfang.testing.ControlGenerators;
import org.lianfang.testing.Generators;
import org.lianfang.testing.RiskGenerators;

/**
 * A record's lists are read without an {@code ORDER BY}, each element put at the position its row holds (issue 11:
 * the server's sort cost a report a sixth of its time; issue 13: a monthly check's rows and their evidence, millions of
 * rows in a city's year). Rows stored in any order read back in position order, and a
 * row missing from the middle of a list is refused as damage, never read as a shorter list (S-13: what is read is
 * what was written, or an error).
 */
class ListRowsTest {
  private static final List<String> POINT_LISTS = List.of("lf_risk_source", "lf_risk_rule", "lf_risk_review",
      "lf_risk_comment");
  private static final List<String> MEASURE_LISTS = List.of("lf_control_measure_point", "lf_control_evidence");
  private static final List<String> CHECK_LISTS = List.of("lf_check_row", "lf_check_evidence");

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s13_listRowsStoredInReverseReadBackInPositionOrder(TestDatabases.Kind kind) throws SQLException {
    JdbcStore store = Stores.fresh(kind);
    UnitId unit = new UnitId(UUID.randomUUID());
    List<RiskPoint> points = Generators.draw(RiskGenerators.riskPoints(unit), 12);
    List<ControlMeasure> measures = new ArrayList<>();
    for (ControlMeasure m : Generators.draw(ControlGenerators.measures(unit), 12)) {
      measures.add(withEvidence(m, 4));
    }
    List<MonthlyCheck> checks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      checks.add(withRows(unit, 5));
    }
    store.transactions().inTransaction(() -> {
      store.riskPoints().insertAll(points);
      store.controlMeasures().insertAll(measures);
      store.monthlyChecks().insertAll(checks);
      return null;
    });
    for (RiskPoint p : points) {
      for (String table : POINT_LISTS) {
        reverse(store, table, "risk_point_id", p.id().value());
      }
    }
    for (ControlMeasure m : measures) {
      for (String table : MEASURE_LISTS) {
        reverse(store, table, "measure_id", m.id().value());
      }
    }
    for (MonthlyCheck c : checks) {
      for (String table : CHECK_LISTS) {
        reverse(store, table, "check_id", c.id().value());
      }
    }
    for (RiskPoint p : points) {
      assertEquals(Optional.of(p), store.riskPoints().find(p.id()), "one point");
    }
    for (MonthlyCheck c : checks) {
      assertEquals(Optional.of(c), store.monthlyChecks().find(c.id()), "one check");
    }
    for (ControlMeasure m : measures) {
      assertEquals(Optional.of(m), store.controlMeasures().find(m.id()), "one measure");
    }
    List<RiskPoint> pointsInOrder = inIdOrder(points);
    List<ControlMeasure> measuresInOrder = inIdOrder(measures);
    assertEquals(pointsInOrder, store.riskPoints().inUnit(unit));
    assertEquals(measuresInOrder, store.controlMeasures().inUnit(unit));
    assertEquals(Map.of(unit, pointsInOrder), store.transactions().inSnapshot(() ->
        store.riskPoints().inUnits(List.of(unit))), "in a snapshot");
    assertEquals(Map.of(unit, measuresInOrder), store.transactions().inSnapshot(() ->
        store.controlMeasures().inUnits(List.of(unit))), "in a snapshot");
    List<MonthlyCheck> checksInOrder = inIdOrder(checks);
    assertEquals(checksInOrder, store.monthlyChecks().inUnit(unit));
    assertEquals(Map.of(unit, checksInOrder), store.transactions().inSnapshot(() ->
        store.monthlyChecks().inUnits(List.of(unit))), "in a snapshot");
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s13_aListRowMissingFromTheMiddleIsRefusedNotReadShort(TestDatabases.Kind kind) throws SQLException {
    JdbcStore store = Stores.fresh(kind);
    UnitId unit = new UnitId(UUID.randomUUID());
    ControlMeasure m = withEvidence(Generators.draw(ControlGenerators.measures(unit), 1).get(0), 3);
    store.controlMeasures().insert(m);
    execute(store, "DELETE FROM lf_control_evidence WHERE measure_id = ? AND ordinal = 1", m.id().value());

    JdbcException outside = assertThrows(JdbcException.class, () -> store.controlMeasures().find(m.id()));
    assertTrue(outside.getMessage().contains("lf_control_measure"), outside::getMessage);
    JdbcException snapshot = assertThrows(JdbcException.class, () -> store.transactions().inSnapshot(() ->
        store.controlMeasures().inUnit(unit)));
    assertTrue(snapshot.getMessage().contains("lf_control_measure"), snapshot::getMessage);
    assertTrue(snapshot.getCause().getMessage().contains("position 1"), () -> snapshot.getCause().getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void p22_aCheckRowMissingFromTheMiddleIsRefusedNotReadShort(TestDatabases.Kind kind) throws SQLException {
    JdbcStore store = Stores.fresh(kind);
    UnitId unit = new UnitId(UUID.randomUUID());
    MonthlyCheck c = withRows(unit, 3);
    store.monthlyChecks().insert(c);
    execute(store, "DELETE FROM lf_check_row WHERE check_id = ? AND ordinal = 1", c.id().value());

    JdbcException outside = assertThrows(JdbcException.class, () -> store.monthlyChecks().find(c.id()));
    assertTrue(outside.getMessage().contains("lf_monthly_check"), outside::getMessage);
    JdbcException snapshot = assertThrows(JdbcException.class, () -> store.transactions().inSnapshot(() ->
        store.monthlyChecks().inUnits(List.of(unit))));
    assertTrue(snapshot.getMessage().contains("lf_monthly_check"), snapshot::getMessage);
    assertTrue(snapshot.getCause().getMessage().contains("position 1"), () -> snapshot.getCause().getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s13_aListRowAtANegativeOrFarPositionIsRefusedAsDamage(TestDatabases.Kind kind) throws SQLException {
    JdbcStore store = Stores.fresh(kind);
    UnitId unit = new UnitId(UUID.randomUUID());
    MonthlyCheck c = withRows(unit, 2);
    store.monthlyChecks().insert(c);
    for (String position : List.of("-1", "2000000")) {
      execute(store, "UPDATE lf_check_row SET ordinal = " + position + " WHERE check_id = ? AND ordinal = 1",
          c.id().value());
      JdbcException outside = assertThrows(JdbcException.class, () -> store.monthlyChecks().find(c.id()), position);
      assertTrue(outside.getMessage().contains("lf_monthly_check"), outside::getMessage);
      JdbcException snapshot = assertThrows(JdbcException.class, () -> store.transactions().inSnapshot(() ->
          store.monthlyChecks().inUnit(unit)), position);
      assertTrue(snapshot.getCause().getMessage().contains("position " + position),
          () -> snapshot.getCause().getMessage());
      execute(store, "UPDATE lf_check_row SET ordinal = 1 WHERE check_id = ? AND ordinal = " + position,
          c.id().value());
      assertEquals(Optional.of(c), store.monthlyChecks().find(c.id()), "mended, it reads whole again");
    }
  }

  /**
   * A submitted check of March 2011 with {@code n} rows of every rating, each with three pieces of evidence in Chinese,
   * long and odd, so that the order of both lists shows.
   */
  private static MonthlyCheck withRows(UnitId unit, int n) {
    List<CheckRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CheckRating rating = CheckRating.values()[i % CheckRating.values().length];
      List<EvidenceRef> evidence = new ArrayList<>();
      for (int j = 0; j < 3; j++) {
        evidence.add(new EvidenceRef("第" + (i + 1) + "行第" + (j + 1) + "份：台账「" + "查".repeat(30 * j + i + 1)
            + "」\t😀", "科室/卷" + j, j == 1 ? Optional.empty() : Optional.of("sm3:" + i + j)));
      }
      rows.add(CheckRow.rated(new ControlMeasureId(UUID.randomUUID()), rating, Optional.empty(),
          rating.fallsShort() ? Optional.of("问题" + i) : Optional.empty(),
          rating.fallsShort() ? Optional.of("整改要求" + i) : Optional.empty(), evidence));
    }
    return MonthlyCheck.open(new MonthlyCheckId(UUID.randomUUID()), unit, new PostId(UUID.randomUUID()),
        YearMonth.of(2011, 3), new OfficialId(UUID.randomUUID()), rows, LocalDate.of(2011, 4, 2)).orElseThrow()
        .after().act(CheckAction.SUBMIT, LocalDate.of(2011, 4, 3), Optional.empty()).orElseThrow().after()
        .withVersion(1);
  }

  /** The measure with {@code n} pieces of evidence, Chinese, long and odd, so that their order shows. */
  private static ControlMeasure withEvidence(ControlMeasure m, int n) {
    List<EvidenceRef> evidence = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      evidence.add(new EvidenceRef("第" + (i + 1) + "份证据：会议纪要「" + "廉".repeat(40 * i + 1) + "」\t😀",
          "档案室/柜" + i, i % 2 == 0 ? Optional.of("sm3:" + i) : Optional.empty()));
    }
    MeasurePlan p = m.plan();
    return ControlMeasure.restore(m.id(), m.unitId(), m.points(), new MeasurePlan(p.phase(), p.line(), p.content(),
        p.basis(), p.owners(), p.due(), p.cadence(), p.indicator(), evidence), m.drafted(), m.life(), m.version());
  }

  private static <T extends org.lianfang.Aggregate<?>> List<T> inIdOrder(List<T> records) {
    List<T> sorted = new ArrayList<>(records);
    sorted.sort((a, b) -> org.lianfang.testing.RepositoryContract.ID_ORDER.compare(a.id().value(), b.id().value()));
    return sorted;
  }

  /** Deletes a record's rows of a list and writes them again, the last position first. */
  private static void reverse(JdbcStore store, String table, String key, UUID id) throws SQLException {
    try (Connection c = store.dataSource().getConnection()) {
      List<Object[]> rows = new ArrayList<>();
      int[] types;
      String columns;
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + key + " = ? "
          + "ORDER BY ordinal DESC")) {
        bind(ps, 1, id, store);
        try (ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          types = new int[md.getColumnCount()];
          List<String> names = new ArrayList<>();
          for (int i = 1; i <= types.length; i++) {
            types[i - 1] = md.getColumnType(i);
            names.add(md.getColumnName(i));
          }
          columns = String.join(", ", names);
          while (rs.next()) {
            Object[] row = new Object[types.length];
            for (int i = 1; i <= types.length; i++) {
              row[i - 1] = rs.getObject(i);
            }
            rows.add(row);
          }
        }
      }
      execute(store, "DELETE FROM " + table + " WHERE " + key + " = ?", id);
      for (Object[] row : rows) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
            + "?, ".repeat(types.length - 1) + "?)")) {
          for (int i = 0; i < types.length; i++) {
            if (row[i] == null) {
              ps.setNull(i + 1, types[i]);
            } else {
              ps.setObject(i + 1, row[i]);
            }
          }
          ps.executeUpdate();
        }
      }
    }
  }

  private static void execute(JdbcStore store, String statement, UUID id) throws SQLException {
    try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
      bind(ps, 1, id, store);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, int i, UUID id, JdbcStore store) throws SQLException {
    if (store.dialect() == Dialect.MYSQL) {
      ps.setString(i, id.toString());
    } else {
      ps.setObject(i, id);
    }
  }
}
