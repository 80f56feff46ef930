package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.internal.Texts;
import java.util.UUID;

/**
 * A notification waiting in the outbox (ARCHITECTURE.md decision 4), with where its delivery stands: how many
 * attempts failed, when the next is due, who holds it now and until when, the last error, and whether it is parked
 * (a dead letter: it failed as often as the dispatch policy allows, and waits for an operator). Immutable and
 * thread-safe.
 *
 * @param id the row's id (UUIDv7, in the order rows were written)
 * @param notification what to deliver
 * @param attempts failed attempts so far
 * @param nextAttemptAt when it may be tried (again)
 * @param claimedBy the dispatcher that holds it, while its lease runs
 * @param leaseUntil until when that dispatcher holds it; another may take it after
 * @param lastError what the last failed attempt said, if one failed
 * @param parkedAt when it was parked, if it was
 */
public record OutboxMessage(UUID id, Notification notification, int attempts, Instant nextAttemptAt,
    Optional<String> claimedBy, Optional<Instant> leaseUntil, Optional<String> lastError, Optional<Instant> parkedAt) {
  /** The longest error text kept, in characters; a longer one is cut. */
  public static final int MAX_ERROR = 1000;

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if attempts are negative, a claim lacks its lease or the other way round, or the
   *     error is longer than {@link #MAX_ERROR}
   */
  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(parkedAt, "parkedAt");
    checkArgument(attempts >= 0, "attempts are never negative");
    checkArgument(claimedBy.isPresent() == leaseUntil.isPresent(), "a claim has a lease, and a lease a claim");
    checkArgument(lastError.map(e -> e.length() <= MAX_ERROR).orElse(true), "an error is kept to 1000 characters");
  }

  /**
   * @param id the row's id
   * @param notification what to deliver
   * @return a new row, ready at once: no attempt yet, held by no one
   */
  public static OutboxMessage of(UUID id, Notification notification) {
    return new OutboxMessage(id, notification, 0, notification.createdAt(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** @param error an error's text @return it, cut to {@link #MAX_ERROR} characters, never through a surrogate pair */
  public static String cut(String error) {
    return Texts.clip(error, MAX_ERROR);
  }
}
