package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.UnitId;

/** An official on their own: on a unit's staff under the host's staff number. */
class OfficialTest {
  private final OfficialId id = new OfficialId(UUID.randomUUID());
  private final UnitId unit = new UnitId(UUID.randomUUID());

  @Test
  void registerGivesTheOfficialAndItsEvent() {
    Change<Official> c = Official.register(id, unit, "GT0007", "赵审批");
    Official o = c.after();
    assertEquals(id, o.id());
    assertEquals(unit, o.unitId());
    assertEquals("GT0007", o.staffNumber());
    assertEquals("赵审批", o.name());
    assertEquals(0, o.version());
    assertEquals(List.of(new OrganizationEvent.OfficialRegistered(unit, id, "GT0007", "赵审批")), c.events());
    assertEquals(unit, c.events().get(0).unitId(), "recorded in the chain of the unit whose staff it joins");
  }

  @Test
  void aStoredOfficialKeepsItsVersion() {
    Official o = Official.register(id, unit, "GT0007", "赵审批").after();
    assertEquals(Official.restore(id, unit, "GT0007", "赵审批", 3), o.withVersion(3));
  }
}
