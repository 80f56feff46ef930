package org.lianfang.application.risk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * 集体定: records the collective decision confirming a published risk point, after its notice period (S-3, P-5).
 *
 * @param riskPoint the point
 * @param decidedBy the deciding body (e.g. 局党组会议)
 * @param decidedOn the day of the decision
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record ConfirmRiskPoint(
    @NotNull RiskPointId riskPoint,
    @NotBlank @Size(max = Limits.NAME) String decidedBy,
    @NotNull LocalDate decidedOn,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param decidedBy the deciding body (e.g. 局党组会议)
   * @param decidedOn the day of the decision
   */
  public ConfirmRiskPoint(RiskPointId riskPoint, String decidedBy, LocalDate decidedOn) {
    this(riskPoint, decidedBy, decidedOn, OptionalLong.empty());
  }
}
