package org.lianfang.application.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import java.util.OptionalLong;
import org.lianfang.checks.AppraisalRoundId;

/**
 * Records answers collected for a public appraisal round today (P-25).
 *
 * @param round the round, collecting
 * @param answers the answers, at most {@value #MAX} in one command
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record RecordAppraisalAnswers(
    @NotNull AppraisalRoundId round,
    @NotNull @NotEmpty @Size(max = MAX) List<@NotNull @Valid AppraisalAnswer> answers,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** The most answers one command records. */
  public static final int MAX = 5000;

  /** @param round the round @param answers the answers @return the command, whatever the stored version */
  public static RecordAppraisalAnswers of(AppraisalRoundId round, List<AppraisalAnswer> answers) {
    return new RecordAppraisalAnswers(round, answers, OptionalLong.empty());
  }
}
