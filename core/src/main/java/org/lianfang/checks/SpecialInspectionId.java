package org.lianfang.checks;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link SpecialInspection}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record SpecialInspectionId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public SpecialInspectionId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static SpecialInspectionId parse(String text) {
    return new SpecialInspectionId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
