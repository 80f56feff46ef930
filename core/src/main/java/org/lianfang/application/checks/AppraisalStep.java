package org.lianfang.application.checks;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.checks.AppraisalAction;
import org.lianfang.checks.AppraisalRoundId;

/**
 * Takes a public appraisal round one step today ({@link org.lianfang.checks.AppraisalTransitions}): it opens within
 * its days, is analysed (the items for revision flagged under the policy of today), and closes with what was fed back.
 *
 * @param round the round
 * @param action the step
 * @param remarks what was fed back: required to close, refused otherwise
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record AppraisalStep(
    @NotNull AppraisalRoundId round,
    @NotNull AppraisalAction action,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> remarks,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param round the round @return it open for answers (开始征集) */
  public static AppraisalStep open(AppraisalRoundId round) {
    return new AppraisalStep(round, AppraisalAction.OPEN, Optional.empty(), OptionalLong.empty());
  }

  /** @param round the round @return it analysed (分析) */
  public static AppraisalStep analyse(AppraisalRoundId round) {
    return new AppraisalStep(round, AppraisalAction.ANALYSE, Optional.empty(), OptionalLong.empty());
  }

  /** @param round the round @param remarks what was fed back @return it closed (结束) */
  public static AppraisalStep close(AppraisalRoundId round, String remarks) {
    return new AppraisalStep(round, AppraisalAction.CLOSE, Optional.of(remarks), OptionalLong.empty());
  }
}
