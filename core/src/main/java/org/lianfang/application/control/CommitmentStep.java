package org.lianfang.application.control;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.control.CommitmentAction;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;

/**
 * Takes a service commitment one step along its life today (P-17, {@link org.lianfang.control.CommitmentTransitions}):
 * 审诺, 公示, 践诺, 评诺 (with a verdict) or 撤回 (with a reason).
 *
 * @param commitment the commitment
 * @param action the step
 * @param verdict the verdict: required to evaluate, refused with any other step
 * @param explanation at 评诺, what is said in public (required for {@code BROKEN_EXCUSED}, optional for the other
 *     verdicts); to withdraw, why (required); refused with any other step
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record CommitmentStep(
    @NotNull ServiceCommitmentId commitment,
    @NotNull CommitmentAction action,
    @NotNull Optional<Verdict> verdict,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> explanation,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param commitment the commitment @param action 审诺, 公示 or 践诺 @return the step */
  public static CommitmentStep of(ServiceCommitmentId commitment, CommitmentAction action) {
    return new CommitmentStep(commitment, action, Optional.empty(), Optional.empty(), OptionalLong.empty());
  }

  /**
   * @param commitment the commitment
   * @param verdict the verdict
   * @param explanation what is said in public, if anything (required for {@code BROKEN_EXCUSED})
   * @return the step that judges it (评诺)
   */
  public static CommitmentStep evaluate(ServiceCommitmentId commitment, Verdict verdict,
      Optional<String> explanation) {
    return new CommitmentStep(commitment, CommitmentAction.EVALUATE, Optional.of(verdict), explanation,
        OptionalLong.empty());
  }

  /** @param commitment the commitment @param reason why @return the step that withdraws it before it is published */
  public static CommitmentStep withdraw(ServiceCommitmentId commitment, String reason) {
    return new CommitmentStep(commitment, CommitmentAction.WITHDRAW, Optional.empty(), Optional.of(reason),
        OptionalLong.empty());
  }
}
