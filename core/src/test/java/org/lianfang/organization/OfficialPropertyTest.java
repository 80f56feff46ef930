package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.testing.Generators;

/** Whatever is registered, the event carries exactly the new official. */
class OfficialPropertyTest {
  @Test
  void theRegisteredEventIsTheOfficial() {
    qt().forAll(Generators.unitIds(), Generators.code(), Generators.text()).checkAssert((unit, staffNumber, name) -> {
      OfficialId id = new OfficialId(UUID.randomUUID());
      Change<Official> c = Official.register(id, unit, staffNumber, name);
      Official o = c.after();
      assertEquals(Official.restore(id, unit, staffNumber, name, 0), o);
      assertEquals(List.of(new OrganizationEvent.OfficialRegistered(o.unitId(), o.id(), o.staffNumber(), o.name())),
          c.events());
    });
  }
}
