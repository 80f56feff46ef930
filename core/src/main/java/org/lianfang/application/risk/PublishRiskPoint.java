package org.lianfang.application.risk;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * 公示: publishes a reviewed, graded risk point within a scope for the half-open period {@code [start, end)} (S-5, S-6),
 * starting today or later.
 *
 * @param riskPoint the point
 * @param scope where it is published
 * @param start the first day
 * @param end the first day after the notice
 */
public record PublishRiskPoint(
    @NotNull RiskPointId riskPoint,
    @NotBlank @Size(max = Limits.NAME) String scope,
    @NotNull LocalDate start,
    @NotNull LocalDate end) {

  /** @return whether the period is not empty (checked by Jakarta Validation as {@code period}) */
  @AssertTrue(message = "公示结束日须晚于开始日 / the notice must end after it starts")
  public boolean isPeriod() {
    return start == null || end == null || end.isAfter(start);
  }
}
