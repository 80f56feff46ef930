package org.lianfang.grading;

import java.util.Objects;
import org.lianfang.organization.PostProfile;

/**
 * Everything a {@link GradingPolicy} may look at. Immutable and thread-safe.
 *
 * @param assessment the assessors' judgment of the risk point
 * @param profile the facts of the post (for a unit-wide risk point, the union of the unit's posts)
 */
public record GradingInput(Assessment assessment, PostProfile profile) {
  /** @throws NullPointerException if a part is null */
  public GradingInput {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(profile, "profile");
  }

  /** @return whether a 三重一大 matter is involved, through the risk point or the post */
  public boolean majorMatter() {
    return assessment.majorMatter() || profile.majorMatters();
  }
}
