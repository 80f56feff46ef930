package org.lianfang.spi;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.Unit;

/**
 * The units (单位) and their tree.
 *
 * <p>Contract: {@link #insert} stores a new aggregate as version 1 and fails with {@link org.lianfang.StaleAggregateException}
 * if the id exists, or if its code is taken (unit codes among all units; post, power item, process and risk point
 * codes and staff numbers within their unit) — the use cases check codes first, so this only happens in a race, and
 * the command may be retried; {@link #update} stores a changed aggregate whose {@code version()} is the stored version, writing version
 * + 1, and fails with {@link org.lianfang.StaleAggregateException} if the stored version differs (nothing is written);
 * reads return what was written, identically, with its stored version; lists come in id order, the unsigned order
 * of the UUID's bytes as databases sort them (for UUIDv7 ids, the order of creation). Writes
 * take effect with the surrounding {@link Transactions} call.
 */
public interface Units {
  /** @param id an id @return the aggregate with that id */
  Optional<Unit> find(UnitId id);

  /**
   * @param aggregate a new aggregate (version 0), stored as version 1; or one restored from a ledger or a backup
   *     (version 1 or more), stored at its version
   */
  void insert(Unit aggregate);

  /** @param aggregate a changed aggregate carrying the version it was read at */
  void update(Unit aggregate);

  /** @param parent a unit @return the units directly below it, in id order */
  List<Unit> children(UnitId parent);

  /** @param code a unit code @return the unit with that code */
  Optional<Unit> byCode(String code);

  /** @return the root units (those without a parent), in id order */
  List<Unit> roots();
}
