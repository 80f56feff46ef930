package org.lianfang.application.risk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * 撤销: retires a risk point that no longer applies (S-12: risk content is adjusted to new functions).
 *
 * @param riskPoint the point
 * @param reason why
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record RetireRiskPoint(
    @NotNull RiskPointId riskPoint,
    @NotBlank @Size(max = Limits.TEXT) String reason,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param reason why
   */
  public RetireRiskPoint(RiskPointId riskPoint, String reason) {
    this(riskPoint, reason, OptionalLong.empty());
  }
}
