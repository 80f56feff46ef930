package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;
import org.lianfang.spi.AccessPolicy;
import org.quicktheories.generators.SourceDSL;

/**
 * The contract every {@link AccessPolicy} keeps (ARCHITECTURE.md decision 1): deterministic; never throws; an actor
 * never acts on a unit outside the subtrees of its scope; an actor without roles does nothing.
 */
public abstract class AccessPolicyContract {
  /** @return the policy under test */
  protected abstract AccessPolicy policy();

  private static final List<UnitId> UNITS = List.of(new UnitId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
      new UnitId(UUID.randomUUID()), new UnitId(UUID.randomUUID()));

  /** Paths root first: UNITS[0] is the root, 1 below it, 2 below 1; 3 is a separate root. */
  private static final List<List<UnitId>> PATHS = List.of(
      List.of(UNITS.get(0)), List.of(UNITS.get(0), UNITS.get(1)),
      List.of(UNITS.get(0), UNITS.get(1), UNITS.get(2)), List.of(UNITS.get(3)));

  @Test
  public void decisionsAreDeterministic() {
    qt().forAll(Generators.actors(UNITS), SourceDSL.arbitrary().enumValues(Operation.class),
        SourceDSL.arbitrary().pick(PATHS), SourceDSL.booleans().all()).checkAssert((a, op, path, holds) -> {
          AccessTarget t = new AccessTarget(path, holds);
          assertEquals(policy().decide(a, op, t), policy().decide(a, op, t));
        });
  }

  @Test
  public void noActorActsOutsideItsScope() {
    qt().forAll(Generators.actors(UNITS), SourceDSL.arbitrary().enumValues(Operation.class),
        SourceDSL.arbitrary().pick(PATHS), SourceDSL.booleans().all()).checkAssert((any, op, path, holds) -> {
          // built outside by construction: the actor keeps only the scope units that are not on the target's path,
          // e.g. scoped to a child of the target, or to another branch
          Actor a = any.withScope(any.scope().stream().filter(u -> !path.contains(u)).toList());
          assertFalse(policy().decide(a, op, new AccessTarget(path, holds)).allowed(),
              a + " may not " + op + " outside its scope");
        });
  }

  @Test
  public void anActorWithoutRolesDoesNothing() {
    Actor nobody = Actor.of("nobody", "无角色", Set.of(), Set.copyOf(UNITS));
    for (Operation op : Operation.values()) {
      for (List<UnitId> path : PATHS) {
        assertFalse(policy().decide(nobody, op, new AccessTarget(path, true)).allowed(), op.name());
      }
      assertFalse(policy().decide(nobody, op, AccessTarget.newRoot()).allowed(), op.name());
    }
  }
}
