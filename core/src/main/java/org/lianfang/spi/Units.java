package org.lianfang.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.organization.Unit;

/** The units (单位) and their tree: the {@link Repository} contract, plus children, lookup by code and roots. */
public interface Units extends Repository<Unit, UnitId> {
  /** @param parent a unit @return the units directly below it, in id order */
  List<Unit> children(UnitId parent);

  /** @param code a unit code @return the unit with that code */
  Optional<Unit> byCode(String code);

  /**
   * @return the root units, in id order: those without a parent, and those whose parent the store does not hold —
   *     the top of a subtree imported from another store, whose parent stays a reference to the unit there (issue 10,
   *     finding 1)
   */
  List<Unit> roots();

  /**
   * A unit and the units above it, the path the access policy decides on. By default one {@link #find} per level; a
   * store may read them in one query whatever the depth (issue 9).
   *
   * @param unit a unit
   * @return the unit and its ancestors, root first; empty for an unknown unit; a path that meets a unit twice (which
   *     commands never make) ends before the second time
   */
  default List<Unit> lineage(UnitId unit) {
    List<Unit> up = new ArrayList<>();
    Set<UnitId> seen = new HashSet<>();
    Optional<Unit> cur = find(unit);
    while (cur.isPresent() && seen.add(cur.get().id())) {
      up.add(0, cur.get());
      cur = cur.get().parent().flatMap(this::find);
    }
    return up;
  }

  /**
   * A unit and every unit below it. By default one {@link #children} per unit; a store may read them in one query
   * (the JDBC store: a recursive query), so that a read over a subtree costs one round trip, not one per unit.
   *
   * @param root a unit
   * @return the unit and the units below it, in no particular order; empty for an unknown unit; a unit met twice
   *     (which commands never make) once
   */
  default List<Unit> subtree(UnitId root) {
    List<Unit> out = new ArrayList<>();
    Set<UnitId> seen = new HashSet<>();
    java.util.Deque<Unit> todo = new java.util.ArrayDeque<>();
    find(root).ifPresent(todo::push);
    while (!todo.isEmpty()) {
      Unit u = todo.pop();
      if (seen.add(u.id())) {
        out.add(u);
        children(u.id()).forEach(todo::push);
      }
    }
    return out;
  }
}
