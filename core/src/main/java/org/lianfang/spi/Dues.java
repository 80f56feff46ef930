package org.lianfang.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.monitoring.DueItem;

/**
 * The deadlines the tick watches, indexed by their next alert (ARCHITECTURE.md decision 5). Part of
 * {@link MonitoringStore}.
 *
 * <p>Contract: every method writes or reads in the surrounding {@link Transactions} call. {@link #put} sets a
 * deadline, replacing the one of the same record and code; {@link #remove} ends it. {@link #due} reads the deadlines
 * whose next alert has come, oldest first, and holds them for the calling transaction: another transaction calling
 * {@code due} at the same time skips them (a row lock skipped, as the outbox's claim) or, on a store that cannot skip
 * a lock (the JDBC store through ShardingSphere), waits for the caller's transaction to end and takes only what it
 * left, so two tickers never take the same deadline, and once the caller moved their next alerts past the instant
 * and committed, a tick for that instant finds nothing. No method accepts or returns {@code null}; implementations
 * are thread-safe.
 */
public interface Dues {
  /** @param items deadlines to set, each replacing the one of its record and code */
  void put(List<DueItem> items);

  /** @param recordId a record @param what a deadline's code, or empty for all the record's deadlines */
  void remove(UUID recordId, Optional<String> what);

  /**
   * @param asOf the tick's instant
   * @param max the most deadlines
   * @return deadlines whose next alert is at or before it, oldest alert first, held for the calling transaction
   */
  List<DueItem> due(Instant asOf, int max);

  /**
   * A plain read that holds nothing, for the ticks that find nothing (most of a day's): one look at the index.
   *
   * @param asOf the tick's instant
   * @return whether any deadline's next alert is at or before it
   */
  boolean anyDue(Instant asOf);

  /** @param recordId a record @return its deadlines, by code order */
  List<DueItem> of(UUID recordId);
}
