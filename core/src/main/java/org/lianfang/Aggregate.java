package org.lianfang;

/**
 * What every aggregate kept in a store has in common, so that the repositories of {@code org.lianfang.spi} share one
 * shape ({@code Repository}): an id, the unit whose records it belongs to, and the version that guards it against
 * lost updates. Implementations are immutable and thread-safe.
 *
 * @param <I> the kind of its id
 */
public interface Aggregate<I extends AggregateId> {
  /** @return its id, never null */
  I id();

  /**
   * The unit whose records it belongs to (ARCHITECTURE.md decision 9: every table carries its unit): for a unit, the
   * unit itself; for a risk point, its location's unit. It never changes once the aggregate exists.
   *
   * @return the unit, never null
   */
  UnitId unitId();

  /** @return the version read from the store, 0 for a new aggregate not stored yet */
  long version();
}
