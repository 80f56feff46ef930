package org.lianfang.application.internal;

import com.google.common.collect.Lists;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.NoticeKey;
import org.lianfang.spi.Store;

/**
 * The access filters the areas' queries share (ARCHITECTURE.md decision 1): lists leave out what the actor may not
 * see. Risk points in any state need {@link Operation#READ_RISKS}, which post holders have on the posts they hold.
 */
public final class Visibility {
  /**
   * How many units a report over a subtree reads at once ({@link org.lianfang.spi.Repository#inUnits}): on the JDBC
   * store a few statements for as many units instead of a few for each unit (issue 16: a city's report takes the
   * statements of its first units, and one more of each per batch, not per unit), and no more of a province in memory
   * at once than these units' records.
   */
  public static final int UNITS_PER_READ = 200;

  private Visibility() {}

  /** @param units units, in order @return them in batches of {@value #UNITS_PER_READ}, in order */
  public static List<List<Unit>> batches(List<Unit> units) {
    return Lists.partition(units, UNITS_PER_READ);
  }

  /** @param units units @return their ids, in order */
  public static List<UnitId> ids(List<Unit> units) {
    return units.stream().map(Unit::id).toList();
  }

  /**
   * @param s the query's session
   * @param unit a unit
   * @param read reads the unit's records of one kind
   * @param <T> the kind of record
   * @return the records, if the actor may read the unit's organization; else none
   */
  public static <T> List<T> organization(Session s, UnitId unit, Function<Store, List<T>> read) {
    return s.may(Operation.READ_ORGANIZATION, unit, false) ? read.apply(s.store()) : List.of();
  }

  /**
   * Whether the actor may see a unit's own record (its code, name, kind and parent). Anyone may who may read the unit's
   * organization; a root unit (one of {@link org.lianfang.spi.Units#roots()}: without a parent, or with one the store
   * does not hold) may also be seen by whoever the access policy lets register a new root (with the default
   * policy, a discipline inspector, scoped or not), so that the registrar finds the root again after a restart, when
   * the host no longer holds its id, and can then take it into scope ({@code actor.withScope}). This shows the roots
   * only: nothing below them, and none of their posts, staff, powers or risks.
   *
   * @param s the query's session
   * @param u a unit
   * @return whether the actor may see the unit's record
   */
  public static boolean canFind(Session s, Unit u) {
    boolean root = u.parent().map(p -> s.unit(p).isEmpty()).orElse(true); // as Units.roots(): or its parent not here
    return s.may(Operation.READ_ORGANIZATION, u.id(), false)
        || (root && s.deny(Operation.MANAGE_ORGANIZATION, AccessTarget.newRoot()).isEmpty());
  }

  /**
   * Not filtered: callers filter by what they show.
   *
   * @param s the query's session
   * @param root a unit
   * @return the unit and every unit below it, depth first, children in id order; empty for an unknown unit
   */
  public static List<Unit> subtree(Session s, UnitId root) {
    List<Unit> all = s.store().units().subtree(root);
    s.know(all);
    Map<UnitId, List<Unit>> children = new HashMap<>();
    for (Unit u : all) {
      if (!u.id().equals(root)) {
        u.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
      }
    }
    children.values().forEach(c -> c.sort((a, b) -> NoticeKey.UUID_ORDER.compare(a.id().value(), b.id().value())));
    List<Unit> out = new ArrayList<>();
    Deque<Unit> stack = new ArrayDeque<>();
    all.stream().filter(u -> u.id().equals(root)).findFirst().ifPresent(stack::push);
    Set<UnitId> seen = new HashSet<>();
    while (!stack.isEmpty()) {
      Unit u = stack.pop();
      if (!seen.add(u.id())) {
        continue;
      }
      out.add(u);
      List<Unit> below = children.getOrDefault(u.id(), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.push(below.get(i));
      }
    }
    return out;
  }

  /**
   * Whether the actor is among a notice's audience (S-5; issue 10, finding 11). Whoever may read the unit's risks sees
   * every notice of it. Otherwise a notice to the public is seen by whoever may read what the unit publishes
   * ({@link Operation#READ_PUBLISHED}); a notice to the unit by whoever the policy lets {@link Operation#READ_INTERNAL}
   * the unit itself (the target's path is the unit alone, so a scope above it does not reach it); a notice to the
   * unit's tree, by whoever may read internally the unit or a unit below it (the path from the unit down to one of the
   * actor's units). With the default policy the public sees notices to the public only.
   *
   * @param s the query's session
   * @param unit the unit that published the notice
   * @param audience the notice's audience
   * @return whether the actor may see the notice
   */
  public static boolean seesNotice(Session s, UnitId unit, NoticeAudience audience) {
    if (s.may(Operation.READ_RISKS, unit, false)) {
      return true;
    }
    return switch (audience) {
      case PUBLIC -> s.may(Operation.READ_PUBLISHED, unit, false);
      case UNIT -> s.deny(Operation.READ_INTERNAL, new AccessTarget(List.of(unit), false)).isEmpty();
      case UNIT_TREE -> s.actor().scope().stream().map(s::path).filter(path -> path.contains(unit))
          .anyMatch(path -> s.deny(Operation.READ_INTERNAL,
              new AccessTarget(path.subList(path.indexOf(unit), path.size()), false)).isEmpty());
    };
  }

  /** @param s the query's session @param r a risk point @return whether the actor may read it */
  public static boolean canRead(Session s, RiskPoint r) {
    return s.mayOnPost(Operation.READ_RISKS, r.location().unit(), r.location().post());
  }

  /** @param s the query's session @param points risk points @return those the actor may read, in their order */
  public static List<RiskPoint> visible(Session s, List<RiskPoint> points) {
    return points.stream().filter(r -> canRead(s, r)).toList();
  }

  /**
   * A person's risk points, as the forms of a person list them (S-13): those on the posts the official holds on the
   * session's day, then those the official directly owns in the official's unit or below it; each once, the ones the
   * actor may read.
   *
   * @param s the session
   * @param official the person
   * @return the points, in that order
   */
  public static List<RiskPoint> ofPerson(Session s, Official official) {
    Set<RiskPoint> points = new LinkedHashSet<>();
    for (Tenure t : s.store().tenures().ofOfficial(official.id())) {
      if (t.covers(s.today())) {
        points.addAll(s.store().riskPoints().onPost(t.postId()));
      }
    }
    for (Unit u : subtree(s, official.unitId())) {
      s.store().riskPoints().inUnit(u.id()).stream()
          .filter(r -> r.owners().map(OwnerChain::directOwner).filter(official.id()::equals).isPresent())
          .forEach(points::add);
    }
    return visible(s, new ArrayList<>(points));
  }

  /**
   * The unit a form is of (附表2, 附表3; S-13): it must exist, and the actor must read its organisation.
   *
   * @param s the session
   * @param unit the unit
   * @return the unit, or the refusal: unknown, or not allowed
   */
  public static Outcome<Unit> formUnit(Session s, UnitId unit) {
    Optional<Unit> u = s.store().units().find(unit);
    if (u.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", unit));
    }
    Optional<Refusal> denied = s.deny(Operation.READ_ORGANIZATION, unit);
    return denied.isPresent() ? Outcome.refused(denied.get()) : Outcome.accepted(u.get());
  }

  /**
   * The person a form is of: the official must exist, and the actor must read the organisation of the official's unit.
   *
   * @param s the session
   * @param official the official
   * @return the official, or the refusal: unknown, or not allowed
   */
  public static Outcome<Official> formPerson(Session s, OfficialId official) {
    Optional<Official> o = s.store().officials().find(official);
    if (o.isEmpty()) {
      return Outcome.refused(Refusals.unknown("人员", "official", official));
    }
    Optional<Refusal> denied = s.deny(Operation.READ_ORGANIZATION, o.get().unitId());
    return denied.isPresent() ? Outcome.refused(denied.get()) : Outcome.accepted(o.get());
  }
}
