package org.lianfang.application.organization;

import java.util.List;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;

/**
 * The reads of the organization area: the unit tree (S-18), each unit's posts, staff, tenures and power list (S-2).
 * Each read needs {@link Operation#READ_ORGANIZATION} on the unit, checked by the access policy as commands are
 * (ARCHITECTURE.md decision 1): a unit the actor may not read is absent, and its records are an empty list. One
 * exception: whoever the access policy lets register a root unit also finds the root units themselves ({@link #roots},
 * {@link #unit}, {@link #unitByCode}, the top of {@link #subtree}), scope or no scope, so a registrar can take a root
 * back into scope after a restart; nothing below a root, nor a root's own records, becomes visible so. Thread-safe
 * when the store is.
 */
public final class OrganizationQueries {
  private final CommandRunner runner;

  OrganizationQueries(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * @param actor who reads
   * @param id a unit
   * @return the unit, if it exists and the actor may read it, or it is a root and the actor may register roots
   */
  public Optional<Unit> unit(Actor actor, UnitId id) {
    Session s = runner.session(actor);
    return s.store().units().find(id).filter(u -> Visibility.canFind(s, u));
  }

  /**
   * @param actor who reads
   * @param code a unit code
   * @return the unit with that code, if it exists and the actor may read it, or it is a root and the actor may
   *     register roots
   */
  public Optional<Unit> unitByCode(Actor actor, String code) {
    Session s = runner.session(actor);
    return s.store().units().byCode(code).filter(u -> Visibility.canFind(s, u));
  }

  /**
   * @param actor who reads
   * @return the root units the actor may read, or all of them if the actor may register roots (the default policy:
   *     a discipline inspector), in id order
   */
  public List<Unit> roots(Actor actor) {
    Session s = runner.session(actor);
    return s.store().units().roots().stream().filter(u -> Visibility.canFind(s, u)).toList();
  }

  /**
   * @param actor who reads
   * @param root a unit
   * @return the unit and every unit below it that the actor may read, depth first, children in id order; a root
   *     unit is there also if the actor may register roots
   */
  public List<Unit> subtree(Actor actor, UnitId root) {
    Session s = runner.session(actor);
    return Visibility.subtree(s, root).stream().filter(u -> Visibility.canFind(s, u)).toList();
  }

  /** @param actor who reads @param unit a unit @return its posts, if the actor may read the unit */
  public List<Post> posts(Actor actor, UnitId unit) {
    return Visibility.organization(runner.session(actor), unit, store -> store.posts().inUnit(unit));
  }

  /** @param actor who reads @param unit a unit @return its staff, if the actor may read the unit */
  public List<Official> officials(Actor actor, UnitId unit) {
    return Visibility.organization(runner.session(actor), unit, store -> store.officials().inUnit(unit));
  }

  /** @param actor who reads @param unit a unit @return its tenures, if the actor may read the unit */
  public List<Tenure> tenures(Actor actor, UnitId unit) {
    return Visibility.organization(runner.session(actor), unit, store -> store.tenures().inUnit(unit));
  }

  /** @param actor who reads @param unit a unit @return its power list (权力清单), if the actor may read the unit */
  public List<PowerItem> powerList(Actor actor, UnitId unit) {
    return Visibility.organization(runner.session(actor), unit, store -> store.powerItems().inUnit(unit));
  }
}
