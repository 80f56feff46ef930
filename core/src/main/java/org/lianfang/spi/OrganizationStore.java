package org.lianfang.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.UnitsOf;

/**
 * The repositories of the organization area (DOMAIN.md S-1 to S-3): units, posts, officials, tenures and the power
 * list. Part of {@link Store}, which groups one such interface per area.
 */
public interface OrganizationStore {
  /** @return the units */
  Units units();

  /** @return the posts */
  Posts posts();

  /** @return the officials */
  Officials officials();

  /** @return the tenures */
  Tenures tenures();

  /** @return the power items */
  PowerItems powerItems();

  /**
   * The facts a grade weighs for a point on a post (S-6, P-3): the post's profile, with the kinds of the power items
   * that name the post (its unit's power list, S-2) added to the powers the profile names, so the two records of a
   * post's powers never disagree in a grade. The default reads the post ({@link Posts#find}) and its power items
   * ({@link PowerItems#ofPost}); an adapter may read both at once (the JDBC store does, in one statement: issue 9).
   *
   * @param post a post
   * @return its profile with the powers it exercises, or empty if there is no such post
   */
  default Optional<PostProfile> exercisedProfile(PostId post) {
    List<AdministrativePower> exercised = powerItems().ofPost(post).stream().map(PowerItem::kind).toList();
    return posts().find(post).map(found -> found.profile().withPowers(exercised));
  }

  /**
   * The units a post and officials belong to, read together, as identifying a risk point checks both its post and its
   * owner chain (S-1, S-4: the post is the unit's, the owners serve in its subtree). The default reads the post
   * ({@link Posts#find}) and the officials ({@link Officials#findAll}). A post's unit and an official's never change
   * once registered (no command moves either, and no aggregate moves between units: {@link Repository#update}), so
   * an adapter may keep what it has read once committed and answer from memory (the JDBC store does: issue 9), also
   * across servers.
   *
   * @param post a post, or empty to read none
   * @param officials officials to read, possibly none or repeated
   * @return the post's unit if there is such a post, and the unit of each official found (those not found are absent)
   */
  default UnitsOf unitsOf(Optional<PostId> post, Collection<OfficialId> officials) {
    Map<OfficialId, UnitId> units = new LinkedHashMap<>();
    if (!officials.isEmpty()) {
      officials().findAll(officials).forEach((id, o) -> units.put(id, o.unitId()));
    }
    return new UnitsOf(post.flatMap(posts()::find).map(Post::unitId), units);
  }
}
