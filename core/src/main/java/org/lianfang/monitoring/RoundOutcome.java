package org.lianfang.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of the rows a dispatcher's round claimed (ARCHITECTURE.md decision 4), for the outbox to record at the
 * round's end ({@code Outbox#round}): the rows the sender took, to be deleted, and the rows whose send failed, each to
 * be tried again later or parked. A row in neither was not tried and is released. Immutable and thread-safe.
 *
 * @param delivered the rows the sender took
 * @param failed the rows whose send failed
 */
public record RoundOutcome(List<UUID> delivered, List<Failure> failed) {
  /** Nothing claimed, nothing to record. */
  public static final RoundOutcome NONE = new RoundOutcome(List.of(), List.of());

  /**
   * @param delivered the rows the sender took
   * @param failed the rows whose send failed
   */
  public RoundOutcome {
    delivered = List.copyOf(delivered);
    failed = List.copyOf(failed);
  }

  /**
   * A failed send.
   *
   * @param id the row
   * @param error what went wrong, cut to {@link OutboxMessage#MAX_ERROR} characters when recorded
   * @param retryAt when to try again, or empty to park the row as a dead letter
   * @param at when it failed
   */
  public record Failure(UUID id, String error, Optional<Instant> retryAt, Instant at) {
    /**
     * @param id the row
     * @param error what went wrong
     * @param retryAt when to try again, or empty to park it
     * @param at when it failed
     */
    public Failure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(retryAt, "retryAt");
      Objects.requireNonNull(at, "at");
    }
  }
}
