package org.lianfang.risk;

import java.time.Instant;
import java.util.Objects;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.Grade;

/**
 * A risk point's grade as given: the assessment, the grade with rationale and policy, who graded and when, and
 * whether a later change made it stale (P-3). Immutable and thread-safe.
 *
 * @param assessment the assessors' judgment
 * @param grade the grade with its rationale and policy version
 * @param gradedBy the actor id
 * @param gradedAt when
 * @param stale whether the post, power or process changed since
 */
public record GradingRecord(Assessment assessment, Grade grade, String gradedBy, Instant gradedAt, boolean stale) {
  /** @throws NullPointerException if a part is null */
  public GradingRecord {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(gradedBy, "gradedBy");
    Objects.requireNonNull(gradedAt, "gradedAt");
  }

  /** @return a copy marked stale */
  public GradingRecord markedStale() {
    return new GradingRecord(assessment, grade, gradedBy, gradedAt, true);
  }
}
