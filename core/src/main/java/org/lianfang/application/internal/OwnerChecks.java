package org.lianfang.application.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.UnitReferences;
import org.lianfang.risk.OwnerChain;

/**
 * Whether an owner chain may answer for a record of a unit (P-1): each of its officials serves in the unit or a unit
 * above it. Shared by identification, naming a point's owners and drafting a control measure. Stateless.
 */
public final class OwnerChecks {
  private OwnerChecks() {}

  /**
   * @param s the session
   * @param unit the record's unit
   * @param chain the owners
   * @return the first official who does not serve there, as a refusal; empty when all do
   */
  public static Optional<Refusal> check(Session s, UnitId unit, OwnerChain chain) {
    return check(s, unit, chain, s.store().unitsOf(Optional.empty(), named(chain)).officials());
  }

  /**
   * {@link #check(Session, UnitId, OwnerChain)} against the officials' units already read.
   *
   * @param s the session
   * @param unit the record's unit
   * @param chain the owners
   * @param found each official's unit, as read
   * @return the first official who does not serve there, as a refusal; empty when all do
   */
  public static Optional<Refusal> check(Session s, UnitId unit, OwnerChain chain, Map<OfficialId, UnitId> found) {
    for (OfficialId o : named(chain)) {
      Optional<Refusal> foreign = UnitReferences.officialIn(s.path(unit), o, Optional.ofNullable(found.get(o)));
      if (foreign.isPresent()) {
        return foreign;
      }
    }
    return Optional.empty();
  }

  /** @param chain an owner chain @return its three officials, in its order */
  public static List<OfficialId> named(OwnerChain chain) {
    return List.of(chain.directOwner(), chain.sectionHead(), chain.responsibleLeader());
  }
}
