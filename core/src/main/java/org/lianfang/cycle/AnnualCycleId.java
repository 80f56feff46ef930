package org.lianfang.cycle;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of an {@link AnnualCycle}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record AnnualCycleId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public AnnualCycleId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static AnnualCycleId parse(String text) {
    return new AnnualCycleId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
