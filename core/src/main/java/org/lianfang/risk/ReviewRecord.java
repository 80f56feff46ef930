package org.lianfang.risk;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a risk point's review history. Immutable and thread-safe.
 *
 * @param from the state before
 * @param action what was done
 * @param to the state after
 * @param actorId who did it: the host's actor id; for staleness, the actor whose change made the point stale
 * @param at when
 * @param note the reviewer's note, or the cause of staleness; may be empty
 */
public record ReviewRecord(ReviewState from, ReviewAction action, ReviewState to, String actorId, Instant at,
    String note) {
  /** @throws NullPointerException if a part is null */
  public ReviewRecord {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }
}
