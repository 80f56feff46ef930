package org.lianfang.application.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * A comment on a published risk point during its notice (P-5). The author's identity never reaches a public notice
 * (P-11).
 *
 * @param riskPoint the point
 * @param text the comment
 */
public record CommentOnNotice(@NotNull RiskPointId riskPoint, @NotBlank @Size(max = Limits.TEXT) String text) {}
