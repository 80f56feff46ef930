package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How a dispatcher delivers the outbox (ARCHITECTURE.md decision 4): how many rows it claims at a time and for how
 * long, how long it waits for the host's sender, and how it retries a failure — exponential backoff from the first
 * retry's delay, capped, each delay shortened by a random part (jitter) so that many failures do not come back
 * together — until the ceiling of attempts, after which the row is parked as a dead letter. Immutable and thread-safe.
 *
 * @param batch the most rows claimed in one round (1 to 10,000)
 * @param lease how long a claim holds; longer than twice the send timeout (a hung send is known after one to two)
 * @param sendTimeout how long one send may take before it counts as failed; a millisecond or more
 * @param maxAttempts attempts before a row is parked (1 or more)
 * @param firstRetry the delay after the first failure
 * @param maxRetry the longest delay
 * @param jitter the part of each delay taken at random, 0 (none) to 1 (anything from zero to the delay)
 */
public record DispatchPolicy(int batch, Duration lease, Duration sendTimeout, int maxAttempts, Duration firstRetry,
    Duration maxRetry, double jitter) {
  /**
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if a number is out of range, a duration is not positive, the send timeout is under
   *     a millisecond, the lease is not longer than twice the send timeout, or the longest delay is shorter than the
   *     first
   */
  public DispatchPolicy {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(sendTimeout, "sendTimeout");
    Objects.requireNonNull(firstRetry, "firstRetry");
    Objects.requireNonNull(maxRetry, "maxRetry");
    checkArgument(batch >= 1 && batch <= 10_000, "a batch is 1 to 10,000 rows");
    checkArgument(maxAttempts >= 1, "at least one attempt");
    checkArgument(sendTimeout.toMillis() >= 1, "the send timeout is a millisecond or more");
    checkArgument(lease.compareTo(sendTimeout.multipliedBy(2)) > 0, "the lease is longer than twice the send timeout");
    checkArgument(!firstRetry.isNegative() && !firstRetry.isZero(), "the first retry's delay is positive");
    checkArgument(maxRetry.compareTo(firstRetry) >= 0, "the longest delay is not shorter than the first");
    checkArgument(jitter >= 0 && jitter <= 1, "jitter is 0 to 1");
  }

  /**
   * The default [G]: 100 rows a round, held 5 minutes, 30 seconds a send, 10 attempts, retries after 30 seconds,
   * doubling to at most an hour, up to half of each delay taken at random — about a day of trying before a row parks.
   *
   * @return the policy
   */
  public static DispatchPolicy standard() {
    return new DispatchPolicy(100, Duration.ofMinutes(5), Duration.ofSeconds(30), 10, Duration.ofSeconds(30),
        Duration.ofHours(1), 0.5);
  }

  /**
   * @param failed the attempts failed so far, this one included (1 or more)
   * @param random the source of the jitter
   * @return how long to wait before the next attempt: {@code min(maxRetry, firstRetry × 2^(failed − 1))}, less a
   *     random part of up to {@code jitter} of it
   */
  public Duration retryAfter(int failed, Random random) {
    checkArgument(failed >= 1, "after one failure or more");
    long first = firstRetry.toMillis();
    long cap = maxRetry.toMillis();
    long base = failed - 1 >= 62 || first > cap >> Math.min(62, failed - 1) ? cap
        : Math.min(cap, first << (failed - 1));
    return Duration.ofMillis(base - (long) (base * jitter * random.nextDouble()));
  }

  /** @param failed the attempts failed so far, this one included @return whether the row is parked now */
  public boolean parks(int failed) {
    return failed >= maxAttempts;
  }
}
