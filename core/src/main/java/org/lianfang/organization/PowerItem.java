package org.lianfang.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * One power (职权 / 权力事项) a unit exercises through one or more posts, with its legal basis (依据), boundary (界限)
 * and responsibility (责任) (S-2). A unit's power items form its power list (权力清单). Changing an item marks the risk
 * points that refer to it stale (P-3). An item classified secret (涉密, with the basis of its classification) is
 * never published (P-16).
 *
 * <p>Immutable and thread-safe.
 */
public final class PowerItem implements Aggregate<PowerItemId> {
  private final PowerItemId id;
  private final UnitId unitId;
  private final String code;
  private final String name;
  private final AdministrativePower kind;
  private final String legalBasis;
  private final String boundary;
  private final String responsibility;
  private final Set<PostId> posts;
  private final Optional<String> secrecy;
  private final long version;

  private PowerItem(
      PowerItemId id, UnitId unitId, String code, String name, AdministrativePower kind, String legalBasis,
      String boundary, String responsibility, Set<PostId> posts, Optional<String> secrecy, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.legalBasis = Objects.requireNonNull(legalBasis, "legalBasis");
    this.boundary = Objects.requireNonNull(boundary, "boundary");
    this.responsibility = Objects.requireNonNull(responsibility, "responsibility");
    this.posts = Set.copyOf(posts);
    this.secrecy = Objects.requireNonNull(secrecy, "secrecy");
    checkArgument(secrecy.map(b -> !b.isBlank()).orElse(true), "the basis of a classification is not blank");
    this.version = version;
  }

  /**
   * Adds a new power item to the unit's power list, not yet stored. That its code is unique within the unit and its
   * posts are the unit's is for the caller to check: both concern other records.
   *
   * @param id the id
   * @param unitId the unit
   * @param code the code people read, unique within the unit (e.g. 许可-001)
   * @param name the power's name
   * @param kind its kind (licensing, penalty…)
   * @param legalBasis the law or rule it rests on (依据)
   * @param boundary how far it reaches (界限)
   * @param responsibility who answers for it and how (责任)
   * @param posts the posts that exercise it
   * @return the item and its {@link OrganizationEvent.PowerItemRegistered} event
   */
  public static Change<PowerItem> register(
      PowerItemId id, UnitId unitId, String code, String name, AdministrativePower kind, String legalBasis,
      String boundary, String responsibility, Set<PostId> posts) {
    PowerItem item = new PowerItem(id, unitId, code, name, kind, legalBasis, boundary, responsibility, posts,
        Optional.empty(), 0);
    return Change.of(item, new OrganizationEvent.PowerItemRegistered(unitId, id, code, name, kind, legalBasis,
        boundary, responsibility, item.posts));
  }

  /**
   * Rebuilds a stored item; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param code the code
   * @param name the name
   * @param kind the kind
   * @param legalBasis the legal basis
   * @param boundary the boundary
   * @param responsibility the responsibility
   * @param posts the posts
   * @param secrecy the basis of its classification as secret (定密依据), or empty if it is not secret
   * @param version the stored version
   * @return the item
   */
  public static PowerItem restore(
      PowerItemId id, UnitId unitId, String code, String name, AdministrativePower kind, String legalBasis,
      String boundary, String responsibility, Set<PostId> posts, Optional<String> secrecy, long version) {
    return new PowerItem(id, unitId, code, name, kind, legalBasis, boundary, responsibility, posts, secrecy,
        version);
  }

  /**
   * Classifies the item secret (涉密) on a basis, or declassifies it: a secret item is never published (P-16). A
   * change of classification is a change of the item, so its disclosure goes stale; its risk points do not, since
   * the power itself is the same.
   *
   * @param basis the basis of the classification (定密依据), or empty to declassify
   * @return the item and its {@link OrganizationEvent.PowerItemClassified} event, or a refusal if nothing changes
   */
  public Outcome<Change<PowerItem>> classify(Optional<String> basis) {
    Objects.requireNonNull(basis, "basis");
    if (basis.map(String::isBlank).orElse(false)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "定密依据不能为空", "the basis of a classification is "
          + "not blank"));
    }
    if (basis.equals(secrecy)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "职权的定密状态没有变化",
          "the power item's classification is unchanged"));
    }
    return Outcome.accepted(Change.of(new PowerItem(id, unitId, code, name, kind, legalBasis, boundary,
        responsibility, posts, basis, version), new OrganizationEvent.PowerItemClassified(unitId, id, basis)));
  }

  /**
   * Revises the item, keeping its id and code (P-3: the risk points tied to it, on its posts or at steps exercising it
   * become stale). A revision that changes nothing is refused, so that no change is journalled that changed nothing.
   * That the posts are the unit's is for the caller to check.
   *
   * @param newName the name
   * @param newKind the kind
   * @param newLegalBasis the legal basis
   * @param newBoundary the boundary
   * @param newResponsibility the responsibility
   * @param newPosts the posts
   * @return the revised item and its {@link OrganizationEvent.PowerItemRevised} event, or a refusal
   */
  public Outcome<Change<PowerItem>> revise(
      String newName, AdministrativePower newKind, String newLegalBasis, String newBoundary,
      String newResponsibility, Set<PostId> newPosts) {
    PowerItem revised = new PowerItem(
        id, unitId, code, newName, newKind, newLegalBasis, newBoundary, newResponsibility, newPosts, secrecy, version);
    if (revised.equals(this)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "职权没有变化", "the power item is unchanged"));
    }
    return Outcome.accepted(Change.of(revised, new OrganizationEvent.PowerItemRevised(unitId, id, newName, newKind,
        newLegalBasis, newBoundary, newResponsibility, revised.posts)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public PowerItem withVersion(long newVersion) {
    return new PowerItem(id, unitId, code, name, kind, legalBasis, boundary, responsibility, posts, secrecy,
        newVersion);
  }

  /** @return the id */
  @Override
  public PowerItemId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the code */
  public String code() {
    return code;
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the kind */
  public AdministrativePower kind() {
    return kind;
  }

  /** @return the legal basis (依据) */
  public String legalBasis() {
    return legalBasis;
  }

  /** @return the boundary (界限) */
  public String boundary() {
    return boundary;
  }

  /** @return the responsibility (责任) */
  public String responsibility() {
    return responsibility;
  }

  /** @return the posts exercising it, unmodifiable */
  public Set<PostId> posts() {
    return posts;
  }

  /** @return the basis of its classification as secret (定密依据), or empty if it is not secret */
  public Optional<String> secrecy() {
    return secrecy;
  }

  /** @return whether it is classified secret (涉密), and so never published (P-16) */
  public boolean secret() {
    return secrecy.isPresent();
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PowerItem p
        && id.equals(p.id)
        && unitId.equals(p.unitId)
        && code.equals(p.code)
        && name.equals(p.name)
        && kind == p.kind
        && legalBasis.equals(p.legalBasis)
        && boundary.equals(p.boundary)
        && responsibility.equals(p.responsibility)
        && posts.equals(p.posts)
        && secrecy.equals(p.secrecy)
        && version == p.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, code, name, kind, legalBasis, boundary, responsibility, posts, secrecy, version);
  }

  @Override
  public String toString() {
    return "PowerItem[" + code + " " + name + "]";
  }
}
