package org.lianfang.application.risk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.risk.OrphanMeasures;
import org.lianfang.risk.RiskPointId;

/**
 * 撤销: retires a risk point that no longer applies (S-12: risk content is adjusted to new functions).
 *
 * @param riskPoint the point
 * @param reason why
 * @param orphanMeasures what becomes of the control measures (P-13) that control this point and no other live one:
 *     retired with it, or kept; required when there are such measures (the retirement is refused naming them),
 *     ignored when there are none
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record RetireRiskPoint(
    @NotNull RiskPointId riskPoint,
    @NotBlank @Size(max = Limits.TEXT) String reason,
    @NotNull Optional<OrphanMeasures> orphanMeasures,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param reason why
   */
  public RetireRiskPoint(RiskPointId riskPoint, String reason) {
    this(riskPoint, reason, Optional.empty(), OptionalLong.empty());
  }

  /**
   * The command that says nothing of measures, expecting a version.
   *
   * @param riskPoint the point
   * @param reason why
   * @param expectedVersion the version its user saw
   */
  public RetireRiskPoint(RiskPointId riskPoint, String reason, OptionalLong expectedVersion) {
    this(riskPoint, reason, Optional.empty(), expectedVersion);
  }

  /**
   * @param measures what becomes of the measures left controlling nothing
   * @return this retirement, saying it
   */
  public RetireRiskPoint leaving(OrphanMeasures measures) {
    return new RetireRiskPoint(riskPoint, reason, Optional.of(measures), expectedVersion);
  }
}
