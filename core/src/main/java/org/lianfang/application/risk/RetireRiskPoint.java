package org.lianfang.application.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * 撤销: retires a risk point that no longer applies (S-12: risk content is adjusted to new functions).
 *
 * @param riskPoint the point
 * @param reason why
 */
public record RetireRiskPoint(@NotNull RiskPointId riskPoint, @NotBlank @Size(max = Limits.TEXT) String reason) {}
