package org.lianfang.organization;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.UnitId;

/**
 * A body that runs the programme (单位): a city, a district or county, a municipal bureau, a state-owned company, a
 * public institution or a section inside one. Units form a tree of any depth through {@link #parent()}.
 *
 * <p>Immutable and thread-safe. {@link #version()} is the optimistic-locking version as last persisted (0 for a unit
 * not yet stored).
 */
public final class Unit implements Aggregate<UnitId> {
  private final UnitId id;
  private final String code;
  private final String name;
  private final UnitKind kind;
  private final UnitId parent;
  private final long version;

  private Unit(UnitId id, String code, String name, UnitKind kind, UnitId parent, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.parent = parent;
    this.version = version;
  }

  /**
   * Registers a new unit, not yet stored. That its code is unique and that whoever registers it may do so above or at
   * its parent is for the caller to check: both concern other records.
   *
   * @param id its id
   * @param code the code people read (unique among all units)
   * @param name its name
   * @param kind what kind of body it is
   * @param parent the unit above it, or empty for a root
   * @return the unit and its {@link OrganizationEvent.UnitRegistered} event
   */
  public static Change<Unit> register(UnitId id, String code, String name, UnitKind kind, Optional<UnitId> parent) {
    Unit u = new Unit(id, code, name, kind, parent.orElse(null), 0);
    return Change.of(u, new OrganizationEvent.UnitRegistered(id, code, name, kind, parent));
  }

  /**
   * Rebuilds a stored unit; for store adapters.
   *
   * @param id its id
   * @param code its code
   * @param name its name
   * @param kind its kind
   * @param parent the unit above it, or empty
   * @param version the stored version
   * @return the unit
   */
  public static Unit restore(
      UnitId id, String code, String name, UnitKind kind, Optional<UnitId> parent, long version) {
    return new Unit(id, code, name, kind, parent.orElse(null), version);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public Unit withVersion(long newVersion) {
    return new Unit(id, code, name, kind, parent, newVersion);
  }

  /** @return the id */
  @Override
  public UnitId id() {
    return id;
  }

  /** @return the unit whose records it belongs to: itself, so this is {@link #id()} */
  @Override
  public UnitId unitId() {
    return id;
  }

  /** @return the code people read */
  public String code() {
    return code;
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the kind */
  public UnitKind kind() {
    return kind;
  }

  /** @return the unit above this one; empty for a root */
  public Optional<UnitId> parent() {
    return Optional.ofNullable(parent);
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unit u
        && id.equals(u.id)
        && code.equals(u.code)
        && name.equals(u.name)
        && kind == u.kind
        && Objects.equals(parent, u.parent)
        && version == u.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, code, name, kind, parent, version);
  }

  @Override
  public String toString() {
    return "Unit[" + code + " " + name + "]";
  }
}
