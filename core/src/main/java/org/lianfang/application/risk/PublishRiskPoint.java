package org.lianfang.application.risk;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.RiskPointId;

/**
 * 公示: publishes a reviewed, graded risk point to an audience, within a scope, for the half-open period
 * {@code [start, end)} (S-5, S-6), starting today or later.
 *
 * @param riskPoint the point
 * @param audience to whom it is shown: the unit, the unit and the units below it, or the public (issue 10, finding
 *     11); the public sees only notices to the public
 * @param scope where it is published, in the unit's words (局机关内网及公示栏)
 * @param start the first day
 * @param end the first day after the notice
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record PublishRiskPoint(
    @NotNull RiskPointId riskPoint,
    @NotNull NoticeAudience audience,
    @NotBlank @Size(max = Limits.NAME) String scope,
    @NotNull LocalDate start,
    @NotNull LocalDate end,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param audience to whom it is shown
   * @param scope where it is published
   * @param start the first day
   * @param end the first day after the notice
   */
  public PublishRiskPoint(
      RiskPointId riskPoint, NoticeAudience audience, String scope, LocalDate start, LocalDate end) {
    this(riskPoint, audience, scope, start, end, OptionalLong.empty());
  }

  /** @return whether the period is not empty (checked by Jakarta Validation as {@code period}) */
  @AssertTrue(message = "公示结束日须晚于开始日 / the notice must end after it starts")
  public boolean isPeriod() {
    return start == null || end == null || end.isAfter(start);
  }
}
