package org.lianfang.access;

import java.util.List;
import java.util.Objects;
import org.lianfang.UnitId;

/**
 * Where an operation applies. Immutable and thread-safe.
 *
 * @param path the unit concerned and its ancestors, from the root down to the unit itself; empty when a new root unit
 *     is being registered
 * @param actorHoldsPost whether the actor holds, today, the post the operation concerns
 */
public record AccessTarget(List<UnitId> path, boolean actorHoldsPost) {
  /** @throws NullPointerException if path is null */
  public AccessTarget {
    path = List.copyOf(path);
  }

  /** @return the target of registering a new root unit */
  public static AccessTarget newRoot() {
    return new AccessTarget(List.of(), false);
  }

  /** @return whether the operation creates a new root unit */
  public boolean isNewRoot() {
    return path.isEmpty();
  }

  /**
   * @param scope the units whose subtrees an actor acts in
   * @return whether the unit lies in one of those subtrees
   */
  public boolean within(java.util.Collection<UnitId> scope) {
    Objects.requireNonNull(scope, "scope");
    return path.stream().anyMatch(scope::contains);
  }
}
