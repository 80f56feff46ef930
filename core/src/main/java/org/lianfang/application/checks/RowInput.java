package org.lianfang.application.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EvidenceRef;

/**
 * One row of a monthly check as the checker fills it in (P-22).
 *
 * @param measure a control measure in force on the post's risk points
 * @param rating how far it was applied
 * @param indicatorValue the value of its monitoring indicator this month (P-6), at most 15 digits before the point
 *     and 4 after; refused for a measure without an indicator
 * @param problem the problem found (存在问题): required when the rating falls short, refused otherwise
 * @param requirement what is required (整改要求): required when the rating falls short, refused otherwise
 * @param evidence where the proof of the check is kept
 */
public record RowInput(
    @NotNull ControlMeasureId measure,
    @NotNull CheckRating rating,
    @NotNull Optional<@Digits(integer = 15, fraction = 4) BigDecimal> indicatorValue,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> problem,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> requirement,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid EvidenceInput> evidence) {
  /** @param measure the measure @return it applied in full, nothing else said */
  public static RowInput full(ControlMeasureId measure) {
    return new RowInput(measure, CheckRating.FULL, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * @param measure the measure
   * @param rating PARTIAL or NONE
   * @param problem the problem found
   * @param requirement what is required
   * @return it falling short
   */
  public static RowInput shortOf(ControlMeasureId measure, CheckRating rating, String problem, String requirement) {
    return new RowInput(measure, rating, Optional.empty(), Optional.of(problem), Optional.of(requirement), List.of());
  }

  CheckRow toRow() {
    return CheckRow.rated(measure, rating, indicatorValue, problem, requirement,
        evidence.stream().map(e -> new EvidenceRef(e.title(), e.location(), e.digest())).toList());
  }
}
