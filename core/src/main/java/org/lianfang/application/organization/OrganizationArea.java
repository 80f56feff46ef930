package org.lianfang.application.organization;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.TenureId;

/**
 * The organization area: the unit tree (S-18), each unit's posts (岗位) and power list (权力清单, S-2), its staff and
 * who holds which post (任职). Changes to posts, powers and holders make the risk points on them stale (P-3). Each
 * command takes the {@link Actor} who acts and returns an {@link Outcome}; it is validated, then runs in one
 * transaction that checks access and the rules, writes, and appends its events to the unit's journal. A refused
 * command changes nothing. Built by {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store
 * is.
 */
public final class OrganizationArea {
  static {
    Areas.register(OrganizationArea.class, OrganizationArea::new);
  }

  private final CommandRunner runner;
  private final RegisterUnitHandler registerUnit;
  private final RegisterPostHandler registerPost;
  private final ChangePostProfileHandler changePostProfile = new ChangePostProfileHandler();
  private final RegisterOfficialHandler registerOfficial;
  private final BeginTenureHandler beginTenure;
  private final EndTenureHandler endTenure = new EndTenureHandler();
  private final RegisterPowerItemHandler registerPowerItem;
  private final RevisePowerItemHandler revisePowerItem = new RevisePowerItemHandler();
  private final ClassifyPowerItemHandler classifyPowerItem = new ClassifyPowerItemHandler();
  private final OrganizationQueries queries;

  private OrganizationArea(Wiring wiring) {
    this.runner = wiring.runner();
    this.registerUnit = new RegisterUnitHandler(wiring.ids());
    this.registerPost = new RegisterPostHandler(wiring.ids());
    this.registerOfficial = new RegisterOfficialHandler(wiring.ids());
    this.beginTenure = new BeginTenureHandler(wiring.ids());
    this.registerPowerItem = new RegisterPowerItemHandler(wiring.ids());
    this.queries = new OrganizationQueries(wiring.runner());
  }

  /**
   * Registers a unit (S-2, S-18) as a root or below a parent. Codes are unique among all units.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the parent; for a root, the access policy's consent
   *     to a new root, which the default policy gives a discipline inspector only)
   * @param command the unit
   * @return its id, or a refusal
   */
  public Outcome<UnitId> registerUnit(Actor actor, RegisterUnit command) {
    return runner.run(actor, command, registerUnit);
  }

  /**
   * Registers a post in a unit (S-2); codes are unique within the unit. The unit's unit-wide risk points become stale,
   * as a new post changes what the unit as a whole does (P-3).
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the unit)
   * @param command the post
   * @return its id, or a refusal
   */
  public Outcome<PostId> registerPost(Actor actor, RegisterPost command) {
    return runner.run(actor, command, registerPost);
  }

  /**
   * Changes a post's powers or other facts; the risk points on it and the unit's unit-wide points become stale (P-3).
   * An unchanged profile is refused.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the post's unit)
   * @param command the change
   * @return the post's id, or a refusal
   */
  public Outcome<PostId> changePostProfile(Actor actor, ChangePostProfile command) {
    return runner.run(actor, command, changePostProfile);
  }

  /**
   * Registers an official on a unit's staff; staff numbers are unique within the unit.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the unit)
   * @param command the official
   * @return the id, or a refusal
   */
  public Outcome<OfficialId> registerOfficial(Actor actor, RegisterOfficial command) {
    return runner.run(actor, command, registerOfficial);
  }

  /**
   * An official takes up a post from a day on. A change of holder (轮岗) makes the post's risk points stale (P-3); a
   * post's first holder changes nothing about them.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the post's unit)
   * @param command the tenure
   * @return its id, or a refusal
   */
  public Outcome<TenureId> beginTenure(Actor actor, BeginTenure command) {
    return runner.run(actor, command, beginTenure);
  }

  /**
   * An official leaves a post: the tenure ends on a day after it began.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the tenure's unit)
   * @param command the end
   * @return the tenure's id, or a refusal
   */
  public Outcome<TenureId> endTenure(Actor actor, EndTenure command) {
    return runner.run(actor, command, endTenure);
  }

  /**
   * Adds a power to a unit's power list (权力清单, S-2), exercised by posts of the unit; the risk points of those
   * posts and the unit's unit-wide points become stale (P-3).
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the unit)
   * @param command the power item
   * @return its id, or a refusal
   */
  public Outcome<PowerItemId> registerPowerItem(Actor actor, RegisterPowerItem command) {
    return runner.run(actor, command, registerPowerItem);
  }

  /**
   * Revises a power item; the risk points tied to it, on its posts before and after, at the process steps that
   * exercise it and the unit's unit-wide points become stale (P-3). An unchanged item is refused.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the item's unit)
   * @param command the revision
   * @return the item's id, or a refusal
   */
  public Outcome<PowerItemId> revisePowerItem(Actor actor, RevisePowerItem command) {
    return runner.run(actor, command, revisePowerItem);
  }

  /**
   * Classifies a power item secret (涉密) on a basis, or declassifies it (P-16): a secret item is never published, and
   * its disclosure goes stale. Its risk points stay as they are: the power is the same. An unchanged classification
   * is refused.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the item's unit)
   * @param command the classification
   * @return the item's id, or a refusal
   */
  public Outcome<PowerItemId> classifyPowerItem(Actor actor, ClassifyPowerItem command) {
    return runner.run(actor, command, classifyPowerItem);
  }

  /** @return the organization reads (units, posts, staff, tenures, power lists), each checked by the access policy */
  public OrganizationQueries queries() {
    return queries;
  }
}
