package org.lianfang.process;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link BusinessProcess}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record ProcessId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public ProcessId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static ProcessId parse(String text) {
    return new ProcessId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
