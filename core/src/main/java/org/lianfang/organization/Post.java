package org.lianfang.organization;

import java.util.Objects;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * A position inside a unit (岗位). Risk is owned per post and per person holding it (S-2, S-13). The
 * {@link PostProfile} holds the facts grading needs; changing it marks the post's risk points stale (P-3).
 *
 * <p>Immutable and thread-safe.
 */
public final class Post implements Aggregate<PostId> {
  private final PostId id;
  private final UnitId unitId;
  private final String code;
  private final String name;
  private final PostProfile profile;
  private final long version;

  private Post(PostId id, UnitId unitId, String code, String name, PostProfile profile, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.version = version;
  }

  /**
   * Registers a new post, not yet stored. That its code is unique within the unit is for the caller to check: it
   * concerns the unit's other posts.
   *
   * @param id its id
   * @param unitId the unit it belongs to
   * @param code the code people read, unique within the unit
   * @param name its name
   * @param profile the facts grading needs
   * @return the post and its {@link OrganizationEvent.PostRegistered} event
   */
  public static Change<Post> register(PostId id, UnitId unitId, String code, String name, PostProfile profile) {
    return Change.of(new Post(id, unitId, code, name, profile, 0),
        new OrganizationEvent.PostRegistered(unitId, id, code, name, profile));
  }

  /**
   * Rebuilds a stored post; for store adapters.
   *
   * @param id its id
   * @param unitId its unit
   * @param code its code
   * @param name its name
   * @param profile its profile
   * @param version the stored version
   * @return the post
   */
  public static Post restore(
      PostId id, UnitId unitId, String code, String name, PostProfile profile, long version) {
    return new Post(id, unitId, code, name, profile, version);
  }

  /**
   * Changes the facts grading needs (P-3: the post's risk points become stale). A profile equal to the current one is
   * refused, so that no change is journalled that changed nothing.
   *
   * @param newProfile the changed facts
   * @return the post with them and its {@link OrganizationEvent.PostProfileChanged} event, or a refusal
   */
  public Outcome<Change<Post>> changeProfile(PostProfile newProfile) {
    if (profile.equals(newProfile)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "岗位职权没有变化",
          "the post's profile is unchanged"));
    }
    return Outcome.accepted(Change.of(new Post(id, unitId, code, name, newProfile, version),
        new OrganizationEvent.PostProfileChanged(unitId, id, newProfile)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public Post withVersion(long newVersion) {
    return new Post(id, unitId, code, name, profile, newVersion);
  }

  /** @return the id */
  @Override
  public PostId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the code people read */
  public String code() {
    return code;
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the facts grading needs */
  public PostProfile profile() {
    return profile;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Post p
        && id.equals(p.id)
        && unitId.equals(p.unitId)
        && code.equals(p.code)
        && name.equals(p.name)
        && profile.equals(p.profile)
        && version == p.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, code, name, profile, version);
  }

  @Override
  public String toString() {
    return "Post[" + code + " " + name + "]";
  }
}
