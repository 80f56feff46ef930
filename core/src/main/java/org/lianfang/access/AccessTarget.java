package org.lianfang.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.UnitId;

/**
 * Where an operation applies. Immutable and thread-safe.
 *
 * @param path the unit concerned and its ancestors, from the root down to the unit itself; empty when a new root unit
 *     is being registered
 * @param actorHoldsPost whether the actor holds, today, the post the operation concerns
 * @param postSection the section (科室) of the post the operation concerns, when it has one and the actor holds a
 *     grant limited to a section of the unit ({@link org.lianfang.Grant#section}): the only case in which the
 *     application looks it up (issue 10, finding 13), so that an actor without such a grant costs no read of the post
 */
public record AccessTarget(List<UnitId> path, boolean actorHoldsPost, Optional<String> postSection) {
  /** @throws NullPointerException if path or postSection is null */
  public AccessTarget {
    path = List.copyOf(path);
    Objects.requireNonNull(postSection, "postSection");
  }

  /**
   * A target with no post section.
   *
   * @param path the unit concerned and its ancestors, root first
   * @param actorHoldsPost whether the actor holds the post concerned
   */
  public AccessTarget(List<UnitId> path, boolean actorHoldsPost) {
    this(path, actorHoldsPost, Optional.empty());
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
   * @return the unit concerned, the last of the path
   * @throws IllegalStateException for {@link #newRoot()}
   */
  public UnitId unit() {
    if (path.isEmpty()) {
      throw new IllegalStateException("a new root has no unit yet");
    }
    return path.get(path.size() - 1);
  }

  /**
   * @param scope the units whose subtrees an actor acts in
   * @return whether the unit lies in one of those subtrees
   */
  public boolean within(Collection<UnitId> scope) {
    Objects.requireNonNull(scope, "scope");
    return path.stream().anyMatch(scope::contains);
  }
}
