package org.lianfang.checks;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link InspectionFinding}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record InspectionFindingId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public InspectionFindingId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static InspectionFindingId parse(String text) {
    return new InspectionFindingId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
