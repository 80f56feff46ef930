package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.UnitId;

/** A unit on its own: a root or a child in the unit tree, registered with its event (S-2, S-18). */
class UnitTest {
  private final UnitId city = new UnitId(UUID.randomUUID());
  private final UnitId bureau = new UnitId(UUID.randomUUID());

  @Test
  void aRootUnitHasNoParentAndIsItsOwnUnit() {
    Change<Unit> c = Unit.register(city, "5301", "昆明市", UnitKind.CITY, Optional.empty());
    Unit u = c.after();
    assertEquals(city, u.id());
    assertEquals(city, u.unitId(), "a unit's records are its own");
    assertEquals("5301", u.code());
    assertEquals("昆明市", u.name());
    assertEquals(UnitKind.CITY, u.kind());
    assertEquals(Optional.empty(), u.parent());
    assertEquals(0, u.version());
    assertEquals(List.of(new OrganizationEvent.UnitRegistered(city, "5301", "昆明市", UnitKind.CITY, Optional.empty())),
        c.events());
    assertEquals(city, c.events().get(0).unitId(), "the event goes to the new unit's own chain");
  }

  @Test
  void aChildUnitNamesItsParent() {
    Change<Unit> c = Unit.register(bureau, "5301-GT", "市国土资源管理局", UnitKind.MUNICIPAL_BUREAU, Optional.of(city));
    assertEquals(Optional.of(city), c.after().parent());
    assertEquals(List.of(new OrganizationEvent.UnitRegistered(bureau, "5301-GT", "市国土资源管理局",
        UnitKind.MUNICIPAL_BUREAU, Optional.of(city))), c.events());
    assertEquals(bureau, c.events().get(0).unitId(), "recorded in the child's chain, not the parent's");
  }

  @Test
  void aStoredUnitKeepsItsVersion() {
    Unit u = Unit.register(city, "5301", "昆明市", UnitKind.CITY, Optional.empty()).after();
    assertEquals(Unit.restore(city, "5301", "昆明市", UnitKind.CITY, Optional.empty(), 1), u.withVersion(1));
  }
}
