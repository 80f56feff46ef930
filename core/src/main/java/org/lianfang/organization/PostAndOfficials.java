package org.lianfang.organization;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A post and officials read together ({@link org.lianfang.spi.OrganizationStore#postAndOfficials}), as identifying a
 * risk point checks its post and its owner chain at once (S-1, S-4).
 *
 * @param post the post, or empty if none was asked or there is none
 * @param officials the officials found, by id
 */
public record PostAndOfficials(Optional<Post> post, Map<OfficialId, Official> officials) {
  /** Checks both parts are present and copies the map. */
  public PostAndOfficials {
    Objects.requireNonNull(post, "post");
    officials = Map.copyOf(officials);
  }
}
