package org.lianfang.application.checks;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.checks.InspectionAction;
import org.lianfang.checks.SpecialInspectionId;

/**
 * Takes a special inspection one step today ({@link org.lianfang.checks.InspectionTransitions}): begin, report with a
 * summary, close.
 *
 * @param inspection the inspection
 * @param action the step
 * @param summary the report's summary: required to report, refused otherwise
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record InspectionStep(
    @NotNull SpecialInspectionId inspection,
    @NotNull InspectionAction action,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> summary,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param inspection the inspection @return it begun (进驻) */
  public static InspectionStep start(SpecialInspectionId inspection) {
    return new InspectionStep(inspection, InspectionAction.START, Optional.empty(), OptionalLong.empty());
  }

  /** @param inspection the inspection @param summary what it found overall @return its report issued (通报) */
  public static InspectionStep report(SpecialInspectionId inspection, String summary) {
    return new InspectionStep(inspection, InspectionAction.REPORT, Optional.of(summary), OptionalLong.empty());
  }

  /** @param inspection the inspection @return it closed */
  public static InspectionStep close(SpecialInspectionId inspection) {
    return new InspectionStep(inspection, InspectionAction.CLOSE, Optional.empty(), OptionalLong.empty());
  }
}
