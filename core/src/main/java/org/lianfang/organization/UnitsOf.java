package org.lianfang.organization;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.UnitId;

/**
 * The units a post and officials belong to ({@link org.lianfang.spi.OrganizationStore#unitsOf}), as identifying a risk
 * point checks that its post is the unit's and its owners serve in the unit's subtree (S-1, S-4, P-1). A post's unit
 * and an official's never change once registered: no command moves either, and the stores' updates keep the unit.
 *
 * @param post the post's unit, or empty if no post was asked or there is none by that id
 * @param officials the unit of each official asked that exists, by id
 */
public record UnitsOf(Optional<UnitId> post, Map<OfficialId, UnitId> officials) {
  /** Checks both parts are present and copies the map. */
  public UnitsOf {
    Objects.requireNonNull(post, "post");
    officials = Map.copyOf(officials);
  }
}
