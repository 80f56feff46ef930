package org.lianfang.checks;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link AppraisalRound}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record AppraisalRoundId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public AppraisalRoundId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static AppraisalRoundId parse(String text) {
    return new AppraisalRoundId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
