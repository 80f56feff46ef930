package org.lianfang.control;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of an {@link EducationActivity}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record EducationActivityId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public EducationActivityId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static EducationActivityId parse(String text) {
    return new EducationActivityId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
