package org.lianfang.cycle;

import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * What a year's guards forbid when a phase is left; each rule on by default. Recorded with the cycle, so a past year
 * is re-read under its own rules (ARCHITECTURE.md decision 6). Immutable and thread-safe.
 *
 * @param pointsSettled identification is not left while a risk point is stale or short of confirmed (P-3, P-5), and
 *     the year is not closed while one is stale (P-3: re-reviewed and re-graded before the cycle may close)
 * @param noCoverageGaps measures are not left while a confirmed point has a gap the coverage policy names (P-14)
 * @param itemsSettled the year is not closed while a rectification item is open and not carried over with a reason
 *     and a new due date (P-21)
 * @param revisionPosted self-assessment and revision is not left, nor the year closed, before the changes of the
 *     register since the last closed year are posted, the latest notice is over and the register is as posted (P-5,
 *     P-26: 修正完善公示); years opened before the rule existed (schema 30, ledger format 19) have it off
 */
public record CycleRules(boolean pointsSettled, boolean noCoverageGaps, boolean itemsSettled, boolean revisionPosted)
    implements Archivable {
  /** @return every rule on: the default */
  public static CycleRules strict() {
    return new CycleRules(true, true, true, true);
  }

  /** @return the rules in canonical text, for a policy's version: the names of those on */
  String canonical() {
    return (pointsSettled ? "points," : "") + (noCoverageGaps ? "coverage," : "") + (itemsSettled ? "items," : "")
        + (revisionPosted ? "revision," : "");
  }

  /**
   * {@inheritDoc} The revision's rule is left out while off, so that a year archived before it existed reads as its
   * digest was taken.
   */
  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("pointsSettled", pointsSettled).put("noCoverageGaps", noCoverageGaps)
        .put("itemsSettled", itemsSettled).put("revisionPosted", revisionPosted ? Optional.of(true) : Optional.empty())
        .build();
  }
}
