package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.testing.OrganizationGenerators;
import org.quicktheories.core.Gen;

/**
 * Any revision of a power item keeps its id, unit, code and version (the store raises the version when it writes) and
 * records an event whose fields are the new item's; a revision that changes nothing is refused.
 */
class PowerItemPropertyTest {
  private final UnitId unit = new UnitId(UUID.randomUUID());

  /** What a revision gives. */
  record Revision(String name, AdministrativePower kind, String text, Set<PostId> posts) {}

  private static Gen<Revision> revisions(PowerItem of) {
    Gen<Set<PostId>> posts = lists().of(arbitrary().pick(List.copyOf(of.posts()))).ofSizeBetween(1, 4)
        .map(l -> l.stream().collect(Collectors.toSet()));
    return arbitrary().pick(List.of(of.name(), of.name() + "（修订）")).zip(
        arbitrary().enumValues(AdministrativePower.class), arbitrary().pick(List.of(of.legalBasis(), "新依据")), posts,
        Revision::new);
  }

  /** An item as stored and one revision of it. */
  record Case(PowerItem item, Revision revision) {}

  @Test
  void anyRevisionKeepsIdentityAndVersionAndItsEventIsTheNewItem() {
    Gen<Case> cases = OrganizationGenerators.powerItems(unit)
        .flatMap(item -> revisions(item).map(r -> new Case(item, r)));
    qt().forAll(cases).checkAssert(c -> {
      PowerItem item = c.item();
      Revision r = c.revision();
      Outcome<Change<PowerItem>> o = item.revise(r.name(), r.kind(), r.text(), item.boundary(), item.responsibility(),
          r.posts());
      PowerItem same = PowerItem.restore(item.id(), item.unitId(), item.code(), r.name(), r.kind(), r.text(),
          item.boundary(), item.responsibility(), r.posts(), item.secrecy(), item.version());
      assertEquals(!same.equals(item), o.isAccepted(), "refused exactly when nothing changes");
      if (o.isAccepted()) {
        PowerItem after = o.orElseThrow().after();
        assertEquals(same, after);
        assertEquals(List.of(new OrganizationEvent.PowerItemRevised(after.unitId(), after.id(), after.name(),
            after.kind(), after.legalBasis(), after.boundary(), after.responsibility(), after.posts())),
            o.orElseThrow().events());
      }
    });
  }
}
