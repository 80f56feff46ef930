package org.lianfang.evaluation;

import java.util.Objects;
import java.util.UUID;
import org.lianfang.AggregateId;

/**
 * Identity of a {@link AnnualEvaluation}. Immutable and thread-safe.
 *
 * @param value the time-ordered UUID
 */
public record AnnualEvaluationId(UUID value) implements AggregateId {
  /** @throws NullPointerException if value is null */
  public AnnualEvaluationId {
    Objects.requireNonNull(value, "value");
  }

  /** @param text the form {@link #toString()} returns @return the id */
  public static AnnualEvaluationId parse(String text) {
    return new AnnualEvaluationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
