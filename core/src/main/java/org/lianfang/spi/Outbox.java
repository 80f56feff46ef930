package org.lianfang.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.RoundOutcome;

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
   * One dispatcher round: claims up to {@code max} ready rows for the claimant, hands them to {@code sending}, and
   * records what it returns: the delivered rows deleted, the failed ones given one more attempt and their next
   * attempt's time or parked. The rows are the claimant's throughout, so no other claimant takes them while they are
   * sent; if {@code sending} throws, nothing is recorded and the rows come back at the latest when the lease ends.
   *
   * <p>By default the claim is a lease written in a transaction of its own ({@link #claim}) and the outcomes are
   * recorded after it ({@link #failed}, {@link #delivered}). A store may instead hold the rows by the database's row
   * locks, in one transaction around the sending that commits the outcomes, as long as a claimant that dies or stalls
   * loses them no later than the lease would end (the JDBC store does so on PostgreSQL: the server ends a transaction
   * left idle for longer than the lease). Such a store need not write the lease at all, and then throws from this
   * method, having recorded nothing, when the server has ended the round.
   *
   * @param claimant who claims (a dispatcher's name, unique among the host's instances)
   * @param now the instant
   * @param lease how long the claim holds at most
   * @param max the most rows to claim
   * @param sending sends the rows claimed, oldest due first, each held by the claimant until its {@code
   *     leaseUntil} (at most {@code now + lease}; a store that holds rows by locks may give less, a margin for its
   *     own timer); it is called once, on the calling thread, with no rows when none are ready
   * @return how many rows were deleted as delivered: those the claimant still held
   */
  default int round(String claimant, Instant now, Duration lease, int max,
      Function<List<OutboxMessage>, RoundOutcome> sending) {
    RoundOutcome outcome = sending.apply(claim(claimant, now, lease, max));
    for (RoundOutcome.Failure f : outcome.failed()) {
      failed(f.id(), claimant, f.error(), f.retryAt(), f.at());
    }
    return delivered(outcome.delivered(), claimant);
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
