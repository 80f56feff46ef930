package org.lianfang.cycle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** The versions' names, in the order of the record's components: what a store's columns and the archive use. */
  public static final List<String> NAMES = List.of("grading", "coverage", "warnings", "evaluation", "cycle");

  /** @throws NullPointerException if a part is null */
  public CyclePolicies {
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(cycle, "cycle");
  }

  /**
   * @return each version by its name in {@link #NAMES}, in that order
   */
  public Map<String, PolicyVersion> named() {
    List<PolicyVersion> versions = List.of(grading, coverage, warnings, evaluation, cycle);
    Map<String, PolicyVersion> all = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      all.put(NAMES.get(i), versions.get(i));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * @param versions five versions in the order of {@link #NAMES}
   * @return the policies
   * @throws IllegalArgumentException if there are not five
   */
  public static CyclePolicies of(List<PolicyVersion> versions) {
    if (versions.size() != 5) {
      throw new IllegalArgumentException("five policy versions: " + versions);
    }
    return new CyclePolicies(versions.get(0), versions.get(1), versions.get(2), versions.get(3), versions.get(4));
  }

  @Override
  public ArchiveObject toArchive() {
    ArchiveObject.Builder b = ArchiveObject.builder();
    named().forEach(b::put);
    return b.build();
  }
}
