package org.lianfang.monitoring;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link RectificationItem}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record RectificationItemId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public RectificationItemId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static RectificationItemId parse(String text) {
    return new RectificationItemId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
