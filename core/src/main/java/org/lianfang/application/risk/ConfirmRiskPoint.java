package org.lianfang.application.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.lianfang.Limits;
import org.lianfang.risk.RiskPointId;

/**
 * 集体定: records the collective decision confirming a published risk point, after its notice period (S-3, P-5).
 *
 * @param riskPoint the point
 * @param decidedBy the deciding body (e.g. 局党组会议)
 * @param decidedOn the day of the decision
 */
public record ConfirmRiskPoint(
    @NotNull RiskPointId riskPoint,
    @NotBlank @Size(max = Limits.NAME) String decidedBy,
    @NotNull LocalDate decidedOn) {}
