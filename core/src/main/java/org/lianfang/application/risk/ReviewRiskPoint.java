package org.lianfang.application.risk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * 审核: reviews a draft or re-reviews a stale risk point (S-5, P-3, P-5).
 *
 * @param riskPoint the point
 * @param note the reviewer's note (may be empty)
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record ReviewRiskPoint(
    @NotNull RiskPointId riskPoint,
    @NotNull @Size(max = Limits.TEXT) String note,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param note the reviewer's note (may be empty)
   */
  public ReviewRiskPoint(RiskPointId riskPoint, String note) {
    this(riskPoint, note, OptionalLong.empty());
  }
}
