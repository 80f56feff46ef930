package org.lianfang.organization;

import java.util.Objects;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.UnitId;

/**
 * A person (党员干部 / 公务人员) who holds posts over time through {@link Tenure}s. Personal data beyond the name and
 * staff number stays in the host's HR system.
 *
 * <p>Immutable and thread-safe.
 */
public final class Official implements Aggregate<OfficialId> {
  private final OfficialId id;
  private final UnitId unitId;
  private final String staffNumber;
  private final String name;
  private final long version;

  private Official(OfficialId id, UnitId unitId, String staffNumber, String name, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.staffNumber = Objects.requireNonNull(staffNumber, "staffNumber");
    this.name = Objects.requireNonNull(name, "name");
    this.version = version;
  }

  /**
   * Registers a new official, not yet stored. That the staff number is unique within the unit is for the caller to
   * check: it concerns the unit's other officials.
   *
   * @param id the id
   * @param unitId the unit whose staff the official belongs to
   * @param staffNumber the host's staff number (工号), unique within the unit
   * @param name the name
   * @return the official and its {@link OrganizationEvent.OfficialRegistered} event
   */
  public static Change<Official> register(OfficialId id, UnitId unitId, String staffNumber, String name) {
    return Change.of(new Official(id, unitId, staffNumber, name, 0),
        new OrganizationEvent.OfficialRegistered(unitId, id, staffNumber, name));
  }

  /**
   * Rebuilds a stored official; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param staffNumber the staff number
   * @param name the name
   * @param version the stored version
   * @return the official
   */
  public static Official restore(OfficialId id, UnitId unitId, String staffNumber, String name, long version) {
    return new Official(id, unitId, staffNumber, name, version);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public Official withVersion(long newVersion) {
    return new Official(id, unitId, staffNumber, name, newVersion);
  }

  /** @return the id */
  @Override
  public OfficialId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the staff number */
  public String staffNumber() {
    return staffNumber;
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Official x
        && id.equals(x.id)
        && unitId.equals(x.unitId)
        && staffNumber.equals(x.staffNumber)
        && name.equals(x.name)
        && version == x.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, staffNumber, name, version);
  }

  @Override
  public String toString() {
    return "Official[" + staffNumber + " " + name + "]";
  }
}
