package org.lianfang.risk;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link RiskPoint}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record RiskPointId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public RiskPointId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static RiskPointId parse(String text) {
    return new RiskPointId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
