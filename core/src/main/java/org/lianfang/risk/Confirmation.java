package org.lianfang.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The collective decision that confirmed a risk point (集体定, S-3). Immutable and thread-safe.
 *
 * @param decidedBy the body that decided (e.g. 局党组会议)
 * @param decidedOn the day of the decision
 * @param recordedBy the actor who recorded it
 * @param recordedAt when it was recorded
 */
public record Confirmation(String decidedBy, LocalDate decidedOn, String recordedBy, Instant recordedAt) {
  /** @throws NullPointerException if a part is null */
  public Confirmation {
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
