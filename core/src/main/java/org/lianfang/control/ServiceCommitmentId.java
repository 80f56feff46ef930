package org.lianfang.control;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link ServiceCommitment}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record ServiceCommitmentId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public ServiceCommitmentId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static ServiceCommitmentId parse(String text) {
    return new ServiceCommitmentId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
