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
}
