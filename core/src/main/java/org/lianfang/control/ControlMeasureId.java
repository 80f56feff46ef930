package org.lianfang.control;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link ControlMeasure}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record ControlMeasureId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public ControlMeasureId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static ControlMeasureId parse(String text) {
    return new ControlMeasureId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
