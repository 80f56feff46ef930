package org.lianfang.monitoring;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link SupervisionCase}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record SupervisionCaseId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public SupervisionCaseId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static SupervisionCaseId parse(String text) {
    return new SupervisionCaseId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
