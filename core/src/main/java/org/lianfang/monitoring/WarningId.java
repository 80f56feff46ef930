package org.lianfang.monitoring;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link Warning}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record WarningId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public WarningId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static WarningId parse(String text) {
    return new WarningId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
