package org.lianfang.cycle;

import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.grading.PolicyVersion;

/**
 * The versions of the policies a year runs under, recorded when its cycle opens, so that a past year is always re-read
 * under its own rules (ARCHITECTURE.md decision 6). Immutable and thread-safe.
 *
 * @param grading the grading policy (S-6, P-4)
 * @param coverage the coverage policy (P-14)
 * @param warnings the warning policy (P-18)
 * @param evaluation the evaluation policy (P-24)
 * @param cycle the cycle policy (S-16)
 */
public record CyclePolicies(PolicyVersion grading, PolicyVersion coverage, PolicyVersion warnings,
    PolicyVersion evaluation, PolicyVersion cycle) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public CyclePolicies {
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(cycle, "cycle");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("grading", grading).put("coverage", coverage).put("warnings", warnings)
        .put("evaluation", evaluation).put("cycle", cycle).build();
  }
}
