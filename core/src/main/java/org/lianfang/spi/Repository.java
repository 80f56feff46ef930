package org.lianfang.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.UnitId;

/**
 * What every repository of a {@link Store} does the same way; each port ({@link Units}, {@link Posts},
 * {@link Officials}, {@link Tenures}, {@link PowerItems}, {@link Processes}, {@link RiskPoints}) extends it and adds
 * only its own lookups. Proven by {@code org.lianfang.testing.RepositoryContract} in core's tests jar.
 *
 * <p>Contract: {@link #insert} stores a new aggregate as version 1 and fails with
 * {@link org.lianfang.StaleAggregateException} if the id exists, or if its code is taken (unit codes among all units;
 * post, power item, process and risk point codes and staff numbers within their unit) — the use cases check codes
 * first, so this only happens in a race, and the command may be retried; {@link #update} stores a changed aggregate
 * whose {@code version()} is the stored version, writing version + 1, and fails with
 * {@link org.lianfang.StaleAggregateException} if the stored version differs (nothing is written); reads return what
 * was written, identically, with its stored version; lists come in id order, the unsigned order of the UUID's bytes as
 * databases sort them (for UUIDv7 ids, the order of creation). Writes take effect with the surrounding
 * {@link Transactions} call. No method accepts or returns {@code null}; implementations are thread-safe.
 *
 * @param <A> the aggregate kept
 * @param <I> the kind of its id
 */
public interface Repository<A extends Aggregate<I>, I extends AggregateId> {
  /** @param id an id @return the aggregate with that id */
  Optional<A> find(I id);

  /**
   * Several aggregates by id, as a command checks the records it names (a risk point's three owners). By default one
   * {@link #find} each; a store may read them in one query (issue 9).
   *
   * @param ids ids
   * @return those found, by id
   */
  default Map<I, A> findAll(Collection<I> ids) {
    Map<I, A> found = new LinkedHashMap<>();
    for (I id : ids) {
      find(id).ifPresent(a -> found.put(id, a));
    }
    return found;
  }

  /**
   * @param aggregate a new aggregate (version 0), stored as version 1; or one restored from a ledger or a backup
   *     (version 1 or more), stored at its version
   */
  void insert(A aggregate);

  /**
   * Stores several aggregates as {@link #insert} stores each, in order: a ledger's restore writes a unit's records of
   * a kind in one call (issue 10, finding 1: a bulk load is an import). By default one {@link #insert} each; a store
   * may send them in batches (the JDBC store does). A failure leaves the surrounding transaction to roll back: which
   * of them were written is not said.
   *
   * @param aggregates new or restored aggregates, as {@link #insert} takes them
   */
  default void insertAll(List<A> aggregates) {
    aggregates.forEach(this::insert);
  }

  /**
   * @param aggregate a changed aggregate carrying the version it was read at, in the unit it was stored in: an
   *     aggregate never moves between units (every row carries its unit, ARCHITECTURE.md decision 9; the JDBC store
   *     finds the row by id and unit and refuses one that moved as stale), which {@link OrganizationStore#unitsOf}
   *     relies on
   */
  void update(A aggregate);

  /**
   * @param unit a unit
   * @return the aggregates of this kind whose {@link Aggregate#unitId()} is that unit, in id order (for units, the
   *     unit itself if it exists)
   */
  List<A> inUnit(UnitId unit);

  /**
   * The aggregates of several units, as a report over a subtree reads them (issue 11: a few statements for the whole
   * subtree, not a few per unit). By default one {@link #inUnit} each; a store may read many units in one query (the
   * JDBC store names up to 500 in each). Every unit asked is a key, once, in the order first asked, even one that has
   * none; each list is what {@link #inUnit} gives for the unit, in id order.
   *
   * @param units units
   * @return each unit's aggregates of this kind, by unit
   */
  default Map<UnitId, List<A>> inUnits(Collection<UnitId> units) {
    Map<UnitId, List<A>> found = new LinkedHashMap<>();
    for (UnitId unit : units) {
      if (!found.containsKey(unit)) {
        found.put(unit, inUnit(unit));
      }
    }
    return found;
  }
}
