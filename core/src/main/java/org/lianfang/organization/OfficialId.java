package org.lianfang.organization;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link Official}: a time-ordered UUID. Immutable and thread-safe.
 *
 * @param value the UUID
 */
public record OfficialId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public OfficialId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param text the form {@link #toString()} returns
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static OfficialId parse(String text) {
    return new OfficialId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
