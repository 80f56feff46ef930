package org.lianfang.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EvidenceRef;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.WarningId;

/**
 * One row of a monthly check (月查, P-22): a control measure of the post's points, how far it was applied, the value
 * of its indicator if it has one, and, where it falls short, the problem and what is required; once the check is
 * reviewed, the rectification item its finding opened and the reminder a second NONE running raised. That the
 * measure controls the post's points is for the caller to check. Immutable and thread-safe.
 *
 * @param measure the measure checked
 * @param rating how far it was applied
 * @param indicatorValue the indicator's value this month, if the measure is watched by one (P-6)
 * @param problem the problem found (存在问题): present exactly when the rating falls short
 * @param requirement what is required (整改要求): present exactly when the rating falls short
 * @param evidence where the proof of the check is kept, in order
 * @param item the rectification item the finding opened at review: only for a rating that falls short
 * @param warning the reminder raised at review for a second NONE running: only for NONE
 */
public record CheckRow(ControlMeasureId measure, CheckRating rating, Optional<BigDecimal> indicatorValue,
    Optional<String> problem, Optional<String> requirement, List<EvidenceRef> evidence,
    Optional<RectificationItemId> item, Optional<WarningId> warning) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the problem, the requirement, the item or the warning does not fit the rating
   */
  public CheckRow {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(indicatorValue, "indicatorValue");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(warning, "warning");
    evidence = List.copyOf(evidence);
    if (problem.isPresent() != rating.fallsShort() || requirement.isPresent() != rating.fallsShort()) {
      throw new IllegalArgumentException("a row names the problem and the requirement exactly when it falls short");
    }
    if (item.isPresent() && !rating.fallsShort() || warning.isPresent() && rating != CheckRating.NONE) {
      throw new IllegalArgumentException("only a row that falls short opens an item, and only NONE warns");
    }
  }

  /**
   * @param measure the measure checked
   * @param rating how far it was applied
   * @param indicatorValue the indicator's value, if any
   * @param problem the problem: present exactly when the rating falls short
   * @param requirement what is required: present exactly when the rating falls short
   * @param evidence where the proof is kept
   * @return a row as the checker fills it in, before review
   */
  public static CheckRow rated(ControlMeasureId measure, CheckRating rating, Optional<BigDecimal> indicatorValue,
      Optional<String> problem, Optional<String> requirement, List<EvidenceRef> evidence) {
    return new CheckRow(measure, rating, indicatorValue, problem, requirement, evidence, Optional.empty(),
        Optional.empty());
  }

  /**
   * @param opened the item the finding opened
   * @param raised the reminder raised, if any
   * @return this row as reviewed
   */
  public CheckRow followedUp(Optional<RectificationItemId> opened, Optional<WarningId> raised) {
    return new CheckRow(measure, rating, indicatorValue, problem, requirement, evidence, opened, raised);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("measure", measure).put("rating", rating).put("indicatorValue", indicatorValue)
        .put("problem", problem).put("requirement", requirement).put("evidence", evidence).put("item", item)
        .put("warning", warning).build();
  }
}
