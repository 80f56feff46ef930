package org.lianfang.application.internal;

import java.time.Instant;
import java.time.ZoneId;
import org.lianfang.monitoring.DueItem;
import org.lianfang.spi.Store;

/**
 * A deadline that comes back (a post's monthly check, P-22): once the tick has said it is overdue, the area that keeps
 * it gives the next one instead of letting it end, so a later area's recurring deadline is kept by the tick without the
 * third line's area knowing that area (areas depend one way). Registered with the {@link CommandRunner} by the area
 * when it is built, for one kind of deadline ({@link DueItem#what()}). Implementations are stateless and thread-safe.
 */
public interface Recurrence {
  /**
   * @param overdue the deadline the tick has just said is overdue
   * @param store the store, read in the tick's transaction
   * @param zone the host's zone
   * @param asOf the tick's instant
   * @return the deadline that follows it, keyed as it was (the same record and kind)
   */
  DueItem next(DueItem overdue, Store store, ZoneId zone, Instant asOf);
}
