package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.UnitId;
import org.lianfang.application.control.ControlArea;
import org.lianfang.application.control.MeasureStep;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.cycle.FrozenRecords;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.ControlGenerators;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.Generators;
import org.lianfang.testing.OrganizationGenerators;
import org.lianfang.testing.RiskGenerators;
import org.lianfang.testing.World;

/**
 * The reports read in statements that do not grow with what they list (issue 11): a subtree's records are read
 * {@value InUnits#PER_STATEMENT} units a statement ({@link org.lianfang.spi.Repository#inUnits}), and Form 3 of a
 * unit reads the same statements for one measure as for many.
 */
class ReportStatementsTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void manyUnitsAreReadInAFewStatements(TestDatabases.Kind kind) {
    StatementCounter counter = Stores.counted(kind);
    JdbcStore store = JdbcStore.of(counter.dataSource());
    List<UnitId> units = new ArrayList<>();
    store.transactions().inTransaction(() -> {
      for (int i = 0; i < 45; i++) {
        UnitId u = new UnitId(UUID.randomUUID());
        units.add(u);
        store.riskPoints().insertAll(Generators.draw(RiskGenerators.riskPoints(u), 2));
        store.controlMeasures().insertAll(Generators.draw(ControlGenerators.measures(u), 2));
        store.posts().insertAll(Generators.draw(OrganizationGenerators.posts(u), 2));
      }
      return null;
    });
    List<UnitId> many = new ArrayList<>(units);
    while (many.size() <= InUnits.PER_STATEMENT) {
      many.add(new UnitId(UUID.randomUUID()));
    }
    store.transactions().inSnapshot(() -> {
      assertEquals(2, executed(counter, () -> store.riskPoints().inUnits(units)), "points: main rows, then lists");
      assertEquals(2, executed(counter, () -> store.controlMeasures().inUnits(units)), "measures: the same");
      assertEquals(1, executed(counter, () -> store.posts().inUnits(units)), "posts: one table");
      assertEquals(3, executed(counter, () -> store.riskPoints().inUnits(many)),
          "more units than one statement: two main-row statements; the second found no point, so no lists");
      assertEquals(2, executed(counter, () -> store.posts().inUnits(many)), "more units than one statement");
      assertEquals(90, store.riskPoints().inUnits(many).values().stream().mapToInt(List::size).sum());
      return null;
    });
  }

  /**
   * Issue 16: past the {@value InUnits#PER_STATEMENT} units (or officials) one statement names, the registers of a
   * year and the officials read in several statements read what each unit's (each official's) own read gives.
   */
  @ParameterizedTest
  @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
  void registersAndOfficialsPastOneStatementReadAsEachAlone(TestDatabases.Kind kind) {
    JdbcStore store = Stores.fresh(kind);
    Year year = Year.of(2010);
    List<UnitId> units = new ArrayList<>();
    List<OfficialId> officials = new ArrayList<>();
    store.transactions().inTransaction(() -> {
      for (int i = 0; i < InUnits.PER_STATEMENT + 3; i++) {
        UnitId u = new UnitId(UUID.randomUUID());
        units.add(u);
        store.riskPoints().insertAll(Generators.draw(RiskGenerators.riskPoints(u), 1));
        store.controlMeasures().insertAll(Generators.draw(ControlGenerators.measures(u), 1));
        List<Official> staff = Generators.draw(OrganizationGenerators.officials(u), 1);
        store.officials().insertAll(staff);
        staff.forEach(o -> officials.add(o.id()));
        if (i % 2 == 0) {
          store.registers().freeze(u, year, LocalDate.of(2010, 12, 31).minusDays(i % 7));
        }
      }
      return null;
    });

    Map<UnitId, FrozenRecords> frozen = store.registers().frozen(units, year);
    Map<OfficialId, Official> found = store.officials().findAll(officials);

    List<UnitId> closed = units.stream().filter(u -> units.indexOf(u) % 2 == 0).toList();
    assertEquals(closed, List.copyOf(frozen.keySet()), "the frozen units, in the order asked");
    for (UnitId u : closed) {
      assertEquals(new FrozenRecords(store.registers().frozenOn(u, year).orElseThrow(),
          store.registers().points(u, year), store.registers().measures(u, year)), frozen.get(u));
      assertEquals(1, frozen.get(u).points().size());
    }
    assertEquals(Set.copyOf(officials), found.keySet(), "every official");
    for (OfficialId o : officials) {
      assertEquals(store.officials().find(o).orElseThrow(), found.get(o));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void s13_form3OfAUnitReadsTheSameStatementsForOneMeasureAsForMany(TestDatabases.Kind kind) {
    StatementCounter counter = Stores.counted(kind);
    World w = World.in(JdbcStore.of(counter.dataSource()));
    ControlArea control = w.lianfang.control();
    registered(w, control, w.confirmed(w.aPointOnApprover().build()));
    long one = executed(counter, () -> control.queries().form3(w.auditor, w.land).orElseThrow());
    for (int i = 0; i < 6; i++) {
      registered(w, control, w.confirmed(w.aPointOnApprover().described("风险点" + i).build()));
    }
    int rows = control.queries().form3(w.auditor, w.land).orElseThrow().rows().size();
    long many = executed(counter, () -> control.queries().form3(w.auditor, w.land).orElseThrow());
    assertEquals(7, rows);
    assertTrue(one > 0, "the counter sees the form's reads");
    assertEquals(one, many, kind + ": statements for a form of one row and of " + rows);
  }

  private static void registered(World w, ControlArea control, RiskPointId point) {
    ControlMeasureId m = control.draft(w.landLeader, ControlScenarios.onlinePublication(w, List.of(point)))
        .orElseThrow();
    control.step(w.landLeader, MeasureStep.register(m)).orElseThrow();
  }

  private static long executed(StatementCounter counter, Supplier<?> read) {
    StatementCounter.Counts before = counter.counts();
    read.get();
    return counter.counts().since(before).executed();
  }
}
