package org.lianfang;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who issues a command or a query (ARCHITECTURE.md decision 1): an id the host knows the person by, a display name,
 * and the roles held, each in a unit ({@link Grant}, issue 10, finding 13): leading one bureau and auditing the city
 * are two grants, and lead nothing but the bureau. When the actor is also an {@code Official} registered in Lianfang,
 * {@link #officialKey()} links the two, so that post holders can act on their own posts.
 *
 * <p>Immutable and thread-safe.
 */
public final class Actor {
  /** The most UTF-16 units an actor's display name may have. */
  public static final int MAX_NAME_LENGTH = 400;

  private final String id;
  private final String name;
  private final Set<Grant> grants;
  /** The roles given without a unit ({@link #of}), held with every grant's. */
  private final Set<Role> given;
  private final Set<Role> roles;
  private final Set<UnitId> scope;
  private final String officialKey;

  private Actor(String id, String name, Collection<Role> roles, Set<Grant> grants, String officialKey) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    TextHygiene.ofId(id).ifPresent(p -> {
      throw new IllegalArgumentException("操作人标识：" + p.messageZh() + " / actor id: " + p.messageEn());
    });
    TextHygiene.ofText(name, false).ifPresent(p -> {
      throw new IllegalArgumentException("操作人姓名：" + p.messageZh() + " / actor name: " + p.messageEn());
    });
    checkArgument(name.length() <= MAX_NAME_LENGTH, "操作人姓名：不能超过 %s 个字符 / actor name: must be at most %s "
        + "characters long", MAX_NAME_LENGTH, MAX_NAME_LENGTH);
    this.grants = Set.copyOf(grants);
    Set<Role> held = EnumSet.noneOf(Role.class);
    roles.forEach(r -> held.add(Objects.requireNonNull(r, "role")));
    this.given = Set.copyOf(held);
    Set<UnitId> units = new LinkedHashSet<>();
    for (Grant g : this.grants) {
      held.add(g.role());
      units.add(g.unit());
    }
    this.roles = Set.copyOf(held);
    this.scope = Set.copyOf(units);
    this.officialKey = officialKey;
  }

  private static Set<Grant> product(Collection<Role> roles, Collection<UnitId> scope) {
    Set<Grant> grants = new LinkedHashSet<>();
    for (Role r : roles) {
      for (UnitId u : scope) {
        grants.add(Grant.of(Objects.requireNonNull(r, "role"), Objects.requireNonNull(u, "unit")));
      }
    }
    return grants;
  }

  /**
   * An actor holding each of its roles in each of the units: the whole cross product. For an actor whose roles differ
   * from unit to unit, use {@link #granted}.
   *
   * @param id the host's id for the person or system acting: not blank, at most {@link TextHygiene#MAX_ID_LENGTH}
   *     characters, no white space, control, bidirectional or zero-width character ({@link TextHygiene#ofId})
   * @param name a display name, at most {@link #MAX_NAME_LENGTH} characters on one line ({@link TextHygiene#ofText})
   * @param roles the roles held (may be empty: such an actor may do nothing); held even with no unit, for what a role
   *     allows outside every unit (a discipline inspector registers root units, {@code DefaultAccessPolicy})
   * @param scope the units whose whole subtrees the actor acts in, in every one of its roles
   * @return the actor
   * @throws IllegalArgumentException if the id or the name breaks its rule; the message names the rule, in Chinese and
   *     English, and not the value (an actor's id may be sealed, P-11, and must not reach a log)
   */
  public static Actor of(String id, String name, Collection<Role> roles, Collection<UnitId> scope) {
    return new Actor(id, name, roles, product(roles, scope), null);
  }

  /**
   * An actor holding exactly the given grants (issue 10, finding 13).
   *
   * @param id the host's id for the person or system acting, as {@link #of}
   * @param name a display name, as {@link #of}
   * @param grants the roles held, each in its unit (may be empty: such an actor may do nothing)
   * @return the actor
   * @throws IllegalArgumentException if the id or the name breaks its rule, as {@link #of}
   */
  public static Actor granted(String id, String name, Collection<Grant> grants) {
    return new Actor(id, name, Set.of(), Set.copyOf(grants), null);
  }

  /**
   * The anonymous public: may read what has been published (公示) in the given scope and comment on it.
   *
   * @param scope the units whose notices are visible
   * @return the public actor
   */
  public static Actor publicVisitor(Collection<UnitId> scope) {
    return of("public", "社会公众", Set.of(Role.PUBLIC), scope);
  }

  /**
   * Links the actor to the {@code Official} it is, so that post holders may act on the posts they hold. The key is the
   * text of an {@code OfficialId} ({@code officialId.toString()}); the kernel cannot name that type without depending
   * on the organisation package. A key that names no official links to nothing: such an actor holds no post.
   *
   * @param officialKey the {@code OfficialId} text of the official this actor is
   * @return a copy linked to that official
   */
  public Actor asOfficial(String officialKey) {
    Objects.requireNonNull(officialKey, "officialKey");
    return new Actor(id, name, given, grants, officialKey);
  }

  /**
   * @param newScope the units whose subtrees the actor acts in from now on (e.g. the root unit it just registered)
   * @return a copy holding each of its roles in each of those units (the cross product, as {@link #of}), with the
   *     same id, name and official; a role the actor holds only limited to a section is not carried, since it would
   *     widen to the whole of each unit
   */
  public Actor withScope(Collection<UnitId> newScope) {
    Set<Role> whole = EnumSet.noneOf(Role.class);
    whole.addAll(given);
    grants.stream().filter(g -> g.section().isEmpty()).forEach(g -> whole.add(g.role()));
    return new Actor(id, name, whole, product(whole, newScope), officialKey);
  }

  /** @return the roles held, each in its unit, unmodifiable */
  public Set<Grant> grants() {
    return grants;
  }

  /** @return the host's id for the actor */
  public String id() {
    return id;
  }

  /** @return the display name */
  public String name() {
    return name;
  }

  /** @return the roles held, in any unit or none ({@link #of}), unmodifiable */
  public Set<Role> roles() {
    return roles;
  }

  /** @return the units the actor holds a grant in, in any role (none for an actor of no role), unmodifiable */
  public Set<UnitId> scope() {
    return scope;
  }

  /** @param role a role @return whether the actor holds it, in any unit or none */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** @return the text of the linked {@code OfficialId}, if the actor is a registered official */
  public Optional<String> officialKey() {
    return Optional.ofNullable(officialKey);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Actor a
        && id.equals(a.id)
        && name.equals(a.name)
        && roles.equals(a.roles)
        && grants.equals(a.grants)
        && Objects.equals(officialKey, a.officialKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, roles, grants, officialKey);
  }

  @Override
  public String toString() {
    return "Actor[" + id + " " + name + " " + roles + "]";
  }
}
