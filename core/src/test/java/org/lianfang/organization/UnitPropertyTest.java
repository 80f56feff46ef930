package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.UnitId;
import org.lianfang.testing.Generators;
import org.quicktheories.core.Gen;

/** Whatever is registered, root or child, the event carries exactly the new unit, in the unit's own chain. */
class UnitPropertyTest {
  /** A new unit's id and, for a child, its parent's. */
  record Place(UnitId id, Optional<UnitId> parent) {}

  @Test
  void theRegisteredEventIsTheUnit() {
    Gen<Place> places = Generators.unitIds().zip(Generators.unitIds().toOptionals(40), Place::new);
    qt().forAll(places, Generators.code(), Generators.text(), arbitrary().enumValues(UnitKind.class))
        .checkAssert((place, code, name, kind) -> {
          Change<Unit> c = Unit.register(place.id(), code, name, kind, place.parent());
          Unit u = c.after();
          assertEquals(Unit.restore(place.id(), code, name, kind, place.parent(), 0), u);
          assertEquals(List.of(new OrganizationEvent.UnitRegistered(u.id(), u.code(), u.name(), u.kind(),
              u.parent())), c.events());
          assertEquals(u.unitId(), c.events().get(0).unitId());
        });
  }
}
