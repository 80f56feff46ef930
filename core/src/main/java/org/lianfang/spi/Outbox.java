package org.lianfang.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.monitoring.OutboxMessage;

/**
 * The notifications waiting to be delivered (ARCHITECTURE.md decision 4): written in the transaction of the change
 * that raised them, delivered after it commits by a dispatcher that claims them. Proven by
 * {@code org.lianfang.testing.OutboxContract} in core's tests jar.
 *
 * <p>Contract: {@link #add} writes in the surrounding {@link Transactions} call, so a row commits with the change that
 * raised it or not at all, and no claim ever sees a row whose transaction has not committed. Every other method is a
 * transaction of its own when called outside one. {@link #claim} hands each ready row (not parked, its next attempt
 * due, held by no one or by a lease that has expired) to one claimant at a time, even when several claim at once, from
 * several threads or processes: a claim holds a row until its lease ends, and a claimant that dies loses it then.
 * {@link #delivered} and {@link #failed} act only for the claimant that holds the row, so one whose lease expired and
 * was taken over changes nothing. A delivered row is deleted (the journal keeps what happened; the outbox keeps only
 * what is to be done). No method accepts or returns {@code null}; implementations are thread-safe.
 */
public interface Outbox {
  /** @param messages new rows, written with the surrounding transaction */
  void add(List<OutboxMessage> messages);

  /**
   * @param claimant who claims (a dispatcher's name, unique among the host's instances)
   * @param now the instant
   * @param lease how long the claim holds
   * @param max the most rows to claim
   * @return the rows claimed, oldest due first, each now held by the claimant until {@code now + lease}
   */
  List<OutboxMessage> claim(String claimant, Instant now, Duration lease, int max);

  /**
   * What a dispatcher does between two rounds: deletes the rows it delivered in the last (as {@link #delivered}) and
   * claims the next (as {@link #claim}). By default the two calls; a store may do both in one transaction (the JDBC
   * store does), saving a round trip and a commit a round.
   *
   * @param delivered rows the claimant delivered
   * @param claimant who delivered them and claims
   * @param now the instant
   * @param lease how long the claim holds
   * @param max the most rows to claim
   * @return the rows claimed
   */
  default List<OutboxMessage> settleAndClaim(List<UUID> delivered, String claimant, Instant now, Duration lease,
      int max) {
    delivered(delivered, claimant);
    return claim(claimant, now, lease, max);
  }

  /**
   * @param ids rows the claimant delivered
   * @param claimant who delivered them
   * @return how many were deleted: those the claimant still held
   */
  int delivered(List<UUID> ids, String claimant);

  /**
   * Records a failed attempt: one more attempt, the error, and either the next attempt's time or the row parked.
   *
   * @param id the row
   * @param claimant who tried
   * @param error what went wrong, cut to {@link OutboxMessage#MAX_ERROR} characters
   * @param retryAt when to try again, or empty to park it (a dead letter)
   * @param now the instant
   * @return whether the claimant still held it, and so whether anything was written
   */
  boolean failed(UUID id, String claimant, String error, Optional<Instant> retryAt, Instant now);

  /**
   * @param max the most rows
   * @return the parked rows (dead letters), oldest parked first
   */
  List<OutboxMessage> parked(int max);

  /**
   * Puts a parked row back to be tried at once, its attempts counted from zero.
   *
   * @param id a parked row
   * @param now the instant
   * @return whether there was such a parked row
   */
  boolean retry(UUID id, Instant now);

  /** @param id a row @return it, while it waits (parked or not) */
  Optional<OutboxMessage> find(UUID id);

  /** @return how many rows wait, parked ones included */
  long size();
}
