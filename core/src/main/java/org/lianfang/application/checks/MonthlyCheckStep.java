package org.lianfang.application.checks;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.checks.CheckAction;
import org.lianfang.checks.MonthlyCheckId;

/**
 * Takes a monthly check one step today ({@link org.lianfang.checks.CheckTransitions}): submit it, return it with the
 * reason, or review it.
 *
 * @param check the check
 * @param action the step
 * @param remark why it is returned; refused to submit or review
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record MonthlyCheckStep(
    @NotNull MonthlyCheckId check,
    @NotNull CheckAction action,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> remark,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param check the check @return it submitted for review (提交) */
  public static MonthlyCheckStep submit(MonthlyCheckId check) {
    return new MonthlyCheckStep(check, CheckAction.SUBMIT, Optional.empty(), OptionalLong.empty());
  }

  /** @param check the check @param reason why @return it returned to be filled in again (退回) */
  public static MonthlyCheckStep returned(MonthlyCheckId check, String reason) {
    return new MonthlyCheckStep(check, CheckAction.RETURN, Optional.of(reason), OptionalLong.empty());
  }

  /** @param check the check @return it reviewed (审核): what falls short becomes rectification items */
  public static MonthlyCheckStep review(MonthlyCheckId check) {
    return new MonthlyCheckStep(check, CheckAction.REVIEW, Optional.empty(), OptionalLong.empty());
  }

  /** @param version the version the user saw @return this step, refused as stale if the stored version differs */
  public MonthlyCheckStep expecting(long version) {
    return new MonthlyCheckStep(check, action, remark, OptionalLong.of(version));
  }
}
