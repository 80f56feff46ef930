package org.lianfang.application.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * 审核: reviews a draft or re-reviews a stale risk point (S-5, P-3, P-5).
 *
 * @param riskPoint the point
 * @param note the reviewer's note (may be empty)
 */
public record ReviewRiskPoint(@NotNull RiskPointId riskPoint, @NotNull @Size(max = Limits.TEXT) String note) {}
