package org.lianfang.spi;

import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Official;

/**
 * The officials (人员).
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
public interface Officials {
  /** @param id an id @return the aggregate with that id */
  Optional<Official> find(OfficialId id);

  /**
   * @param aggregate a new aggregate (version 0), stored as version 1; or one restored from a ledger or a backup
   *     (version 1 or more), stored at its version
   */
  void insert(Official aggregate);

  /** @param aggregate a changed aggregate carrying the version it was read at */
  void update(Official aggregate);

  /** @param unit a unit @return its aggregates of this kind, in id order */
  List<Official> inUnit(UnitId unit);
}
