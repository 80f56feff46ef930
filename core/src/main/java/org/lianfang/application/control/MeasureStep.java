package org.lianfang.application.control;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.MeasureAction;

/**
 * Takes a control measure one step along its life (P-13, {@link org.lianfang.control.MeasureTransitions}), today: 登记
 * (register), 实施 (put in force), 废止 (retire, with a reason) or 替代 (supersede, by another measure of the unit).
 *
 * @param measure the measure
 * @param action the step
 * @param reason why it is retired; required to retire, and refused with any other step
 * @param by the replacing measure, of the same unit; required to supersede, and refused with any other step
 * @param expectedVersion the version of the measure its user saw; when given and the stored measure has another, the
 *     command is refused as {@code STALE} and changes nothing; empty to change whatever version is stored
 */
public record MeasureStep(
    @NotNull ControlMeasureId measure,
    @NotNull MeasureAction action,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) String> reason,
    @NotNull Optional<ControlMeasureId> by,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param measure the measure @return the step that registers it on Form 3 */
  public static MeasureStep register(ControlMeasureId measure) {
    return new MeasureStep(measure, MeasureAction.REGISTER, Optional.empty(), Optional.empty(), OptionalLong.empty());
  }

  /** @param measure the measure @return the step that puts it in force */
  public static MeasureStep putInForce(ControlMeasureId measure) {
    return new MeasureStep(measure, MeasureAction.PUT_IN_FORCE, Optional.empty(), Optional.empty(),
        OptionalLong.empty());
  }

  /** @param measure the measure @param reason why @return the step that retires it */
  public static MeasureStep retire(ControlMeasureId measure, String reason) {
    return new MeasureStep(measure, MeasureAction.RETIRE, Optional.of(reason), Optional.empty(),
        OptionalLong.empty());
  }

  /** @param measure the measure @param by its replacement @return the step that supersedes it */
  public static MeasureStep supersede(ControlMeasureId measure, ControlMeasureId by) {
    return new MeasureStep(measure, MeasureAction.SUPERSEDE, Optional.empty(), Optional.of(by), OptionalLong.empty());
  }

  /** @param version the version its user saw @return this step, refused as stale if the stored version differs */
  public MeasureStep expecting(long version) {
    return new MeasureStep(measure, action, reason, by, OptionalLong.of(version));
  }
}
