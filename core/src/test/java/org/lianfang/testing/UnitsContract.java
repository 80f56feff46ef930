package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.lianfang.spi.Units;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Units}: the {@link RepositoryContract} (a unit belongs to itself, so {@code inUnit} gives at
 * most the unit), plus the tree lookups and unit codes unique among all units. Extend it with a fresh, empty store
 * per call of {@link #newStore()}.
 */
public abstract class UnitsContract extends RepositoryContract<Unit, UnitId> {
  @Override
  protected final Repository<Unit, UnitId> repository(Store store) {
    return store.units();
  }

  @Override
  protected final Gen<Unit> aggregates(UnitId unit) {
    return OrganizationGenerators.units().map(u -> Unit.restore(unit, u.code(), u.name(), u.kind(), u.parent(), 1));
  }

  @Override
  protected final Unit withVersion(Unit aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final Unit changed(Unit u) {
    return Unit.restore(u.id(), u.code() + "-改", u.name() + "（改）", u.kind(), u.parent(), u.version());
  }

  @Override
  protected final Optional<Unit> rival(Unit holder) {
    return Optional.of(aUnit(holder.code(), Optional.empty()));
  }

  /** @return 1: a unit's records of this kind are the unit itself */
  @Override
  protected final int perUnit() {
    return 1;
  }

  private static Unit aUnit(String code, Optional<UnitId> parent) {
    return Unit.register(new UnitId(UUID.randomUUID()), code, "单位" + code, UnitKind.MUNICIPAL_BUREAU, parent).after();
  }

  private Units units() {
    return store().units();
  }

  @Test
  public void secondInsertOfTheSameUnitLeavesOneRoot() {
    Unit u = aUnit("dup", Optional.empty());
    tx(() -> units().insert(u));
    assertThrows(StaleAggregateException.class, () -> tx(() -> units().insert(u)));
    assertEquals(List.of(u.withVersion(1)), units().roots());
  }

  @Test
  public void unitCodesAreUniqueAmongAllUnits() {
    Unit root = aUnit("U-1", Optional.empty());
    tx(() -> units().insert(root));
    Unit below = aUnit("U-1", Optional.of(root.id()));
    assertThrows(StaleAggregateException.class, () -> tx(() -> units().insert(below)));
    Unit other = aUnit("U-2", Optional.of(root.id()));
    tx(() -> units().insert(other));
    Unit renamed = Unit.restore(other.id(), "U-1", other.name(), other.kind(), other.parent(), 1);
    assertThrows(StaleAggregateException.class, () -> tx(() -> units().update(renamed)));
    assertEquals(Optional.of(other.withVersion(1)), units().find(other.id()));
    assertTrue(units().find(below.id()).isEmpty());
  }

  @Test
  public void theLineageOfAUnitIsItselfAndTheUnitsAboveItRootFirst() {
    Unit province = aUnit("省", Optional.empty());
    Unit city = aUnit("市", Optional.of(province.id()));
    Unit district = aUnit("区", Optional.of(city.id()));
    Unit bureau = aUnit("局", Optional.of(district.id()));
    Unit beside = aUnit("旁", Optional.of(city.id()));
    tx(() -> List.of(province, city, district, bureau, beside).forEach(units()::insert));
    assertEquals(List.of(province.withVersion(1), city.withVersion(1), district.withVersion(1),
        bureau.withVersion(1)), units().lineage(bureau.id()));
    assertEquals(List.of(province.withVersion(1), city.withVersion(1), beside.withVersion(1)),
        units().lineage(beside.id()));
    assertEquals(List.of(province.withVersion(1)), units().lineage(province.id()));
    assertEquals(List.of(), units().lineage(new UnitId(UUID.randomUUID())));
    Unit orphan = aUnit("孤", Optional.of(new UnitId(UUID.randomUUID())));
    tx(() -> units().insert(orphan));
    assertEquals(List.of(orphan.withVersion(1)), units().lineage(orphan.id()), "a parent not stored ends the path");
  }

  @Test
  public void unitTreeQueries() {
    Unit root = aUnit("root", Optional.empty());
    Unit a = aUnit("a", Optional.of(root.id()));
    Unit b = aUnit("b", Optional.of(root.id()));
    Unit c = aUnit("c", Optional.of(a.id()));
    tx(() -> {
      for (Unit u : List.of(root, a, b, c)) {
        units().insert(u);
      }
    });
    assertEquals(List.of(root.withVersion(1)), units().roots());
    assertEquals(inIdOrder(List.of(a.withVersion(1), b.withVersion(1))), units().children(root.id()));
    assertEquals(List.of(c.withVersion(1)), units().children(a.id()));
    assertEquals(List.of(), units().children(c.id()));
    assertEquals(Optional.of(b.withVersion(1)), units().byCode("b"));
    assertTrue(units().byCode("nope").isEmpty());
    assertEquals(List.of(a.withVersion(1)), units().inUnit(a.id()));
  }

  /**
   * Issue 10, finding 1: a district's subtree imported from its city's store keeps its parent as a reference to the
   * unit there, which this store does not hold: it is one of this store's roots, and the units below it are not.
   */
  @Test
  public void finding1AUnitWhoseParentTheStoreDoesNotHoldIsARoot() {
    Unit root = aUnit("root", Optional.empty());
    Unit district = aUnit("district", Optional.of(new UnitId(UUID.randomUUID())));
    Unit bureau = aUnit("bureau", Optional.of(district.id()));
    Unit below = aUnit("below", Optional.of(root.id()));
    tx(() -> List.of(root, district, bureau, below).forEach(units()::insert));
    assertEquals(inIdOrder(List.of(root.withVersion(1), district.withVersion(1))), units().roots());
  }

  /**
   * Issue 10, finding 1: a subtree imported before the unit above it; when that unit is restored later (a merge of
   * the city's archive), the subtree's lineage reaches it, however the store kept the lineage read before.
   */
  @Test
  public void finding1ALineageReachesAParentRestoredAfterIt() {
    UnitId above = new UnitId(UUID.randomUUID());
    Unit district = aUnit("district", Optional.of(above));
    tx(() -> units().insert(district));
    assertEquals(List.of(district.withVersion(1)), units().lineage(district.id()));
    Unit city = Unit.restore(above, "city", "市", UnitKind.CITY, Optional.empty(), 3);
    tx(() -> units().insert(city));
    assertEquals(List.of(city, district.withVersion(1)), units().lineage(district.id()));
    assertEquals(List.of(city), units().roots());
  }
}
