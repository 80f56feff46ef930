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
 * A comment on a published risk point during its notice (P-5). The author's identity never reaches a public notice
 * (P-11).
 *
 * @param riskPoint the point
 * @param text the comment
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record CommentOnNotice(
    @NotNull RiskPointId riskPoint,
    @NotBlank @Size(max = Limits.TEXT) String text,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param text the comment
   */
  public CommentOnNotice(RiskPointId riskPoint, String text) {
    this(riskPoint, text, OptionalLong.empty());
  }
}
