package org.lianfang.organization;

import java.util.Objects;
import org.lianfang.Aggregate;
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
   * A new post, not yet stored.
   *
   * @param id its id
   * @param unitId the unit it belongs to
   * @param code the code people read, unique within the unit
   * @param name its name
   * @param profile the facts grading needs
   * @return the post
   */
  public static Post register(PostId id, UnitId unitId, String code, String name, PostProfile profile) {
    return new Post(id, unitId, code, name, profile, 0);
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

  /** @param newProfile the changed facts @return a copy with them */
  public Post withProfile(PostProfile newProfile) {
    return new Post(id, unitId, code, name, newProfile, version);
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
