package org.lianfang.control;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link PowerDisclosure}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record PowerDisclosureId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public PowerDisclosureId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static PowerDisclosureId parse(String text) {
    return new PowerDisclosureId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
