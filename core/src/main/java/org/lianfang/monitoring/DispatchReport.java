package org.lianfang.monitoring;

/**
 * What a dispatcher's round did. Immutable and thread-safe.
 *
 * @param claimed rows claimed
 * @param delivered rows the sender took and the round deleted: those it still held at its end (one taken over by
 *     another dispatcher meanwhile, after the lease ended, is sent by both and counted by the other)
 * @param retried rows that failed and wait for another attempt
 * @param parked rows that failed for the last time and were parked as dead letters
 * @param released rows claimed but not tried, because their lease would have run out during the send or the round
 *     was interrupted; another round takes them once the lease ends, or at once where the store holds a round's rows
 *     by locks
 */
public record DispatchReport(int claimed, int delivered, int retried, int parked, int released) {
  /** Nothing done. */
  public static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0, 0);

  /** @param other another round @return both rounds added up */
  public DispatchReport plus(DispatchReport other) {
    return new DispatchReport(claimed + other.claimed, delivered + other.delivered, retried + other.retried,
        parked + other.parked, released + other.released);
  }
}
