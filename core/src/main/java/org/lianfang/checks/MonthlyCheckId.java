package org.lianfang.checks;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link MonthlyCheck}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record MonthlyCheckId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public MonthlyCheckId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static MonthlyCheckId parse(String text) {
    return new MonthlyCheckId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
