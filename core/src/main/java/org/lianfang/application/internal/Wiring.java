package org.lianfang.application.internal;

import java.util.Objects;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.internal.Ids;

/**
 * What the area facades are built from, once per {@link org.lianfang.application.Lianfang}: the runner every command
 * and query goes through, the id source, the grading policy in force (P-4) and the labels forms show for grades.
 * Immutable; thread-safe when the store is.
 *
 * @param runner runs commands and opens query sessions
 * @param ids makes the ids of new records
 * @param gradingPolicy grades risk points (S-6, P-4)
 * @param gradeLabels the labels forms and charts show for grades (P-4)
 */
public record Wiring(CommandRunner runner, Ids ids, GradingPolicy gradingPolicy, GradeLabels gradeLabels) {
  /** @throws NullPointerException if a part is null */
  public Wiring {
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(gradingPolicy, "gradingPolicy");
    Objects.requireNonNull(gradeLabels, "gradeLabels");
  }
}
