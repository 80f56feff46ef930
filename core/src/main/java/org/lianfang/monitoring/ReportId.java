package org.lianfang.monitoring;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link Report}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record ReportId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public ReportId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static ReportId parse(String text) {
    return new ReportId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
