package org.lianfang.checks;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link SelfCheckReport}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record SelfCheckReportId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public SelfCheckReportId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static SelfCheckReportId parse(String text) {
    return new SelfCheckReportId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
