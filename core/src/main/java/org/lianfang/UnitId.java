package org.lianfang;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a {@code Unit} (单位). It is part of the shared kernel because every record, every journal chain and every
 * actor's scope is keyed by its unit (ARCHITECTURE.md decision 9). Immutable and thread-safe.
 *
 * @param value the time-ordered UUID (v7)
 */
public record UnitId(UUID value) implements AggregateId {
  /** @throws NullPointerException if {@code value} is null */
  public UnitId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses the form {@link #toString()} returns.
   *
   * @param text a UUID in its canonical text form
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static UnitId parse(String text) {
    return new UnitId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
