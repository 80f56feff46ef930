package org.lianfang.organization;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * A position inside a unit (岗位). Risk is owned per post and per person holding it (S-2, S-13). The
 * {@link PostProfile} holds the facts grading needs; changing it marks the post's risk points stale (P-3). A post may
 * belong to a section (科室) of its unit, whose head (部门负责人, P-1) acts on the section's posts (issue 10, finding
 * 13; {@link org.lianfang.Grant#inSection}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Post implements Aggregate<PostId> {
  private final PostId id;
  private final UnitId unitId;
  private final String code;
  private final String name;
  private final PostProfile profile;
  private final Optional<String> section;
  private final long version;

  private Post(PostId id, UnitId unitId, String code, String name, PostProfile profile, Optional<String> section,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.section = Objects.requireNonNull(section, "section");
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
    return register(id, unitId, code, name, profile, Optional.empty());
  }

  /**
   * Registers a new post in a section (科室) of its unit, or in none, not yet stored.
   *
   * @param id its id
   * @param unitId the unit it belongs to
   * @param code the code people read, unique within the unit
   * @param name its name
   * @param profile the facts grading needs
   * @param section the section's name, if the post belongs to one
   * @return the post and its {@link OrganizationEvent.PostRegistered} event
   */
  public static Change<Post> register(PostId id, UnitId unitId, String code, String name, PostProfile profile,
      Optional<String> section) {
    return Change.of(new Post(id, unitId, code, name, profile, section, 0),
        new OrganizationEvent.PostRegistered(unitId, id, code, name, profile, section));
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
    return new Post(id, unitId, code, name, profile, Optional.empty(), version);
  }

  /**
   * Rebuilds a stored post that may belong to a section; for store adapters.
   *
   * @param id its id
   * @param unitId its unit
   * @param code its code
   * @param name its name
   * @param profile its profile
   * @param section its section, if any
   * @param version the stored version
   * @return the post
   */
  public static Post restore(PostId id, UnitId unitId, String code, String name, PostProfile profile,
      Optional<String> section, long version) {
    return new Post(id, unitId, code, name, profile, section, version);
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
    return Outcome.accepted(Change.of(new Post(id, unitId, code, name, newProfile, section, version),
        new OrganizationEvent.PostProfileChanged(unitId, id, newProfile)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public Post withVersion(long newVersion) {
    return new Post(id, unitId, code, name, profile, section, newVersion);
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

  /** @return the section (科室) of the unit the post belongs to, if any */
  public Optional<String> section() {
    return section;
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
        && section.equals(p.section)
        && version == p.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, code, name, profile, section, version);
  }

  @Override
  public String toString() {
    return "Post[" + code + " " + name + "]";
  }
}
