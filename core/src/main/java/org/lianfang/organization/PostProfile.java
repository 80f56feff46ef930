package org.lianfang.organization;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * The facts about a post that grading needs (S-6, S-14, S-17, P-4). Immutable and thread-safe.
 *
 * @param principalLeader whether the post is a principal leader's (党政主要领导)
 * @param disposes which of people, money and goods (人财物) the post disposes of
 * @param discretionary whether that disposal is large, flexible and discretionary (自由裁量权)
 * @param majorMatters whether the post handles 三重一大 matters (major decisions, important appointments, major
 *     projects, large funds)
 * @param powers the administrative powers the post holds (licensing, penalty, enforcement…)
 * @param transparency how open the post's work is
 */
public record PostProfile(
    boolean principalLeader,
    Set<Resource> disposes,
    boolean discretionary,
    boolean majorMatters,
    Set<AdministrativePower> powers,
    Transparency transparency) implements Archivable {

  /** @throws NullPointerException if a part is null */
  public PostProfile {
    disposes = immutableEnumSet(Objects.requireNonNull(disposes, "disposes"), Resource.class);
    powers = immutableEnumSet(Objects.requireNonNull(powers, "powers"), AdministrativePower.class);
    Objects.requireNonNull(transparency, "transparency");
  }

  /** @return a post with no power over people, money or goods, no administrative power and open work */
  public static PostProfile ordinary() {
    return new PostProfile(false, Set.of(), false, false, Set.of(), Transparency.OPEN);
  }

  /**
   * @param more administrative powers the post exercises through the unit's power list
   * @return a copy holding these powers too
   */
  public PostProfile withPowers(java.util.Collection<AdministrativePower> more) {
    if (powers.containsAll(more)) {
      return this;
    }
    EnumSet<AdministrativePower> all = EnumSet.noneOf(AdministrativePower.class);
    all.addAll(powers);
    all.addAll(more);
    return new PostProfile(principalLeader, disposes, discretionary, majorMatters, all, transparency);
  }

  /** @return whether the post disposes of any of people, money or goods */
  public boolean disposesAny() {
    return !disposes.isEmpty();
  }

  /**
   * The profile of a unit as a whole (部门风险): the union of its posts' facts, and the least open transparency.
   *
   * @param profiles the profiles of the unit's posts
   * @return their union; {@link #ordinary()} for none
   */
  public static PostProfile union(Collection<PostProfile> profiles) {
    boolean leader = false;
    boolean discretionary = false;
    boolean major = false;
    EnumSet<Resource> disposes = EnumSet.noneOf(Resource.class);
    EnumSet<AdministrativePower> powers = EnumSet.noneOf(AdministrativePower.class);
    Transparency least = Transparency.OPEN;
    for (PostProfile p : profiles) {
      leader |= p.principalLeader;
      discretionary |= p.discretionary;
      major |= p.majorMatters;
      disposes.addAll(p.disposes);
      powers.addAll(p.powers);
      if (p.transparency.ordinal() > least.ordinal()) {
        least = p.transparency;
      }
    }
    return new PostProfile(leader, disposes, discretionary, major, powers, least);
  }

  private static <E extends Enum<E>> Set<E> immutableEnumSet(Set<E> set, Class<E> type) {
    return set.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(set));
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("principalLeader", principalLeader)
        .put("disposes", disposes)
        .put("discretionary", discretionary)
        .put("majorMatters", majorMatters)
        .put("powers", powers)
        .put("transparency", transparency)
        .build();
  }
}
