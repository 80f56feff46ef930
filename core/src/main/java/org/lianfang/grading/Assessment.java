package org.lianfang.grading;

import static com.google.common.base.Preconditions.checkArgument;

import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * What the assessors judged about one risk point (S-6): the probability of occurrence (机率) and the degree of harm
 * (危害程度), each on a 1–5 scale, whether it concerns a 三重一大 matter, and whether it is a problem common to the unit
 * (共性问题). Immutable and thread-safe.
 *
 * @param probability 1 (rare) to 5 (almost certain)
 * @param harm 1 (slight) to 5 (serious social and economic impact)
 * @param majorMatter whether the risk concerns a 三重一大 matter
 * @param commonProblem whether the problem is common to the unit
 */
public record Assessment(int probability, int harm, boolean majorMatter, boolean commonProblem) implements Archivable {
  /** The lowest value of both scales. */
  public static final int MIN = 1;
  /** The highest value of both scales. */
  public static final int MAX = 5;

  /** @throws IllegalArgumentException if a scale value is outside 1–5 */
  public Assessment {
    checkArgument(probability >= MIN && probability <= MAX, "probability must be 1-5: %s", probability);
    checkArgument(harm >= MIN && harm <= MAX, "harm must be 1-5: %s", harm);
  }

  /** @param p probability @param h harm @return an assessment of an ordinary matter */
  public static Assessment of(int p, int h) {
    return new Assessment(p, h, false, false);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("probability", probability)
        .put("harm", harm)
        .put("majorMatter", majorMatter)
        .put("commonProblem", commonProblem)
        .build();
  }
}
