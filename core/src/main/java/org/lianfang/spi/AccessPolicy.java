package org.lianfang.spi;

import org.lianfang.Actor;
import org.lianfang.access.AccessDecision;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;

/**
 * Decides what an actor may see and do (ARCHITECTURE.md decision 1). Every command and every query, forms and
 * exports included, asks it before touching a unit's records.
 *
 * <p>Contract: deterministic for the same arguments; never throws for an unknown combination (it denies instead);
 * thread-safe. The default is {@code org.lianfang.application.DefaultAccessPolicy}.
 */
public interface AccessPolicy {
  /**
   * @param actor who asks
   * @param operation what they want to do
   * @param target where: the unit with its ancestry, and whether the actor holds the post concerned
   * @return allowed, or denied with a reason
   */
  AccessDecision decide(Actor actor, Operation operation, AccessTarget target);
}
