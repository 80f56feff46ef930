package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.FrozenRecords;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.Registers;
import org.lianfang.spi.Store;

/**
 * The contract of {@link Registers} (S-13, S-16): freezing copies a unit's risk points and control measures whole as
 * they stand in the command's transaction, a write just made included, and only that unit's; the register reads the
 * same after the live records change; a unit's year is frozen once; a freeze rolled back leaves nothing. Extend it with
 * a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class RegistersContract {
  private static final Year YEAR = Year.of(2010);
  private static final LocalDate CLOSED = LocalDate.of(2010, 12, 31);

  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated points a unit holds in the tests (each with every list the generator fills) */
  protected int examples() {
    return 40;
  }

  @Test
  public void s16_aFrozenRegisterHoldsTheUnitsRecordsWholeAsTheyStoodAndNoOthers() {
    Store store = newStore();
    UnitId unit = new UnitId(UUID.randomUUID());
    UnitId other = new UnitId(UUID.randomUUID());
    List<RiskPoint> points = Generators.draw(RiskGenerators.riskPoints(unit), examples());
    List<ControlMeasure> measures = Generators.draw(ControlGenerators.measures(unit), examples() / 2);
    store.transactions().inTransaction(() -> {
      points.forEach(p -> store.riskPoints().insert(p.withVersion(0)));
      measures.forEach(m -> store.controlMeasures().insert(m.withVersion(0)));
      Generators.draw(RiskGenerators.riskPoints(other), 3).forEach(p -> store.riskPoints().insert(p.withVersion(0)));
      Generators.draw(ControlGenerators.measures(other), 2)
          .forEach(m -> store.controlMeasures().insert(m.withVersion(0)));
      return null;
    });
    RiskPoint live = store.riskPoints().inUnit(unit).stream().filter(p -> p.state() != ReviewState.RETIRED)
        .findFirst().orElseThrow();
    // as a command does: a write (held back on PostgreSQL until the next statement needs it), then the freeze
    List<String> frozen = store.transactions().inCommand(() -> {
      store.riskPoints().update(live.retire("inspector", Instant.parse("2010-12-20T02:00:00Z"), "撤销后冻结")
          .orElseThrow().after());
      return store.registers().freeze(unit, YEAR, CLOSED);
    });
    Registers registers = store.registers();
    List<RiskPoint> livePoints = store.riskPoints().inUnit(unit);
    List<ControlMeasure> liveMeasures = store.controlMeasures().inUnit(unit);
    assertEquals(points.size(), livePoints.size());
    assertEquals(ReviewState.RETIRED, livePoints.stream().filter(p -> p.id().equals(live.id())).findFirst()
        .orElseThrow().state());
    assertEquals(livePoints, registers.points(unit, YEAR), "every point, every field and list, in the live order");
    assertEquals(liveMeasures, registers.measures(unit, YEAR), "every measure, every field and list");
    List<String> versions = new java.util.ArrayList<>();
    livePoints.forEach(p -> versions.add(p.id().value() + "@" + p.version()));
    liveMeasures.forEach(m -> versions.add(m.id().value() + "@" + m.version()));
    versions.sort(null);
    assertEquals(versions, frozen, "the ids and versions frozen, sorted");
    assertEquals(List.of(YEAR), registers.years(unit));
    assertEquals(Optional.of(CLOSED), registers.frozenOn(unit, YEAR));
    assertEquals(Optional.empty(), registers.frozenOn(other, YEAR));
    assertEquals(List.of(), registers.years(other), "another unit's records are not frozen with it");
    assertEquals(List.of(), registers.points(other, YEAR));
    assertEquals(List.of(), registers.measures(unit, YEAR.plusYears(1)), "nor another year");

    RiskPoint changed = livePoints.stream().filter(p -> p.state() != ReviewState.RETIRED).findFirst().orElseThrow();
    ControlMeasure revised = liveMeasures.get(0);
    store.transactions().inTransaction(() -> {
      Generators.draw(RiskGenerators.riskPoints(unit), 1).forEach(p -> store.riskPoints().insert(p.withVersion(0)));
      store.riskPoints().update(changed.retire("inspector", Instant.parse("2011-01-05T02:00:00Z"), "次年撤销")
          .orElseThrow().after());
      store.controlMeasures().update(ControlMeasure.restore(revised.id(), revised.unitId(), revised.points(),
          revised.plan(), revised.drafted(), revised.life(), revised.version()));
      Generators.draw(ControlGenerators.measures(unit), 1)
          .forEach(m -> store.controlMeasures().insert(m.withVersion(0)));
      return null;
    });
    assertEquals(livePoints, registers.points(unit, YEAR), "the live records go on; the register does not");
    assertEquals(liveMeasures, registers.measures(unit, YEAR));
    assertEquals(points.size() + 1, store.riskPoints().inUnit(unit).size());
    assertEquals(revised.version() + 1, store.controlMeasures().find(revised.id()).orElseThrow().version(),
        "the live measure was written again; its frozen copy was not");
  }

  @Test
  public void s16_aUnitsYearIsFrozenOnceAndAFreezeRolledBackLeavesNothing() {
    Store store = newStore();
    UnitId unit = new UnitId(UUID.randomUUID());
    List<RiskPoint> points = Generators.draw(RiskGenerators.riskPoints(unit), 3);
    store.transactions().inTransaction(() -> {
      points.forEach(p -> store.riskPoints().insert(p.withVersion(0)));
      store.registers().freeze(unit, YEAR, CLOSED);
      return null;
    });
    assertThrows(StaleAggregateException.class, () -> store.transactions().inTransaction(() -> {
      store.registers().freeze(unit, YEAR, CLOSED);
      return null;
    }));
    assertThrows(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
      store.registers().freeze(unit, YEAR.plusYears(1), CLOSED.plusYears(1));
      throw new IllegalStateException("the command fails after freezing");
    }));
    assertEquals(List.of(YEAR), store.registers().years(unit));
    assertEquals(List.of(), store.registers().points(unit, YEAR.plusYears(1)));
    assertEquals(3, store.registers().points(unit, YEAR).size());
    store.transactions().inTransaction(() -> {
      store.registers().freeze(unit, YEAR.plusYears(1), CLOSED.plusYears(1));
      return null;
    });
    assertEquals(List.of(YEAR, YEAR.plusYears(1)), store.registers().years(unit), "oldest first");
    assertEquals(Optional.of(CLOSED.plusYears(1)), store.registers().frozenOn(unit, YEAR.plusYears(1)));
  }

  /** Issue 16: a report over a subtree reads many units' registers at once, each as it reads alone. */
  @Test
  public void s13_theRegistersOfManyUnitsReadAtOnceAsEachReadsAlone() {
    Store store = newStore();
    List<UnitId> units = List.of(new UnitId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
        new UnitId(UUID.randomUUID()));
    UnitId a = units.get(0);
    UnitId b = units.get(1);
    UnitId open = units.get(2);
    store.transactions().inTransaction(() -> {
      for (UnitId u : units) {
        store.riskPoints().insertAll(Generators.draw(RiskGenerators.riskPoints(u), 4).stream()
            .map(p -> p.withVersion(0)).toList());
        store.controlMeasures().insertAll(Generators.draw(ControlGenerators.measures(u), 2).stream()
            .map(m -> m.withVersion(0)).toList());
      }
      store.registers().freeze(a, YEAR, CLOSED);
      store.registers().freeze(b, YEAR, CLOSED.minusDays(1));
      store.registers().freeze(a, YEAR.plusYears(1), CLOSED.plusYears(1));
      return null;
    });
    Registers registers = store.registers();

    Map<UnitId, FrozenRecords> read = registers.frozen(List.of(open, b, a, b), YEAR);

    assertEquals(List.of(b, a), List.copyOf(read.keySet()), "the frozen units, once each, in the order first asked");
    for (UnitId u : List.of(a, b)) {
      assertEquals(new FrozenRecords(registers.frozenOn(u, YEAR).orElseThrow(), registers.points(u, YEAR),
          registers.measures(u, YEAR)), read.get(u), "as the unit's register reads alone");
      assertEquals(4, read.get(u).points().size());
      assertEquals(2, read.get(u).measures().size());
    }
    assertEquals(List.of(a), List.copyOf(registers.frozen(units, YEAR.plusYears(1)).keySet()), "of the year asked");
    assertEquals(Map.of(), registers.frozen(List.of(), YEAR));
  }

  @Test
  public void s13_aRegisterRestoredFromAnArchiveReadsAsItWasWrittenBesideNoLiveRecord() {
    Store store = newStore();
    UnitId unit = new UnitId(UUID.randomUUID());
    List<RiskPoint> points = Generators.draw(RiskGenerators.riskPoints(unit), examples());
    List<ControlMeasure> measures = Generators.draw(ControlGenerators.measures(unit), examples() / 2);
    store.transactions().inTransaction(() -> {
      store.registers().restore(unit, YEAR, CLOSED, points, measures);
      return null;
    });
    assertEquals(RepositoryContract.inIdOrder(points), store.registers().points(unit, YEAR), "every field and list");
    assertEquals(RepositoryContract.inIdOrder(measures), store.registers().measures(unit, YEAR));
    assertEquals(Optional.of(CLOSED), store.registers().frozenOn(unit, YEAR));
    assertEquals(List.of(), store.riskPoints().inUnit(unit), "a register is not a live record");
    assertEquals(List.of(), store.controlMeasures().inUnit(unit));
    assertThrows(StaleAggregateException.class, () -> store.transactions().inTransaction(() -> {
      store.registers().restore(unit, YEAR, CLOSED, List.of(), List.of());
      return null;
    }));
    UnitId other = new UnitId(UUID.randomUUID());
    assertThrows(IllegalArgumentException.class, () -> store.transactions().inTransaction(() -> {
      store.registers().restore(other, YEAR, CLOSED, points.subList(0, 1), List.of());
      return null;
    }));
    assertEquals(List.of(), store.registers().years(other), "nothing written");
  }
}
