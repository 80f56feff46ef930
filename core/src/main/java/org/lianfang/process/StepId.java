package org.lianfang.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.lianfang.Coded;

/**
 * Identity of a step within its process: a short code chosen by the unit (e.g. {@code 受理}, {@code S1}). Immutable
 * and thread-safe.
 *
 * @param code the code, not blank
 */
public record StepId(String code) implements Coded {
  /** @throws IllegalArgumentException if the code is blank */
  public StepId {
    Objects.requireNonNull(code, "code");
    checkArgument(!code.isBlank(), "step code must not be blank");
  }

  @Override
  public String toString() {
    return code;
  }
}
