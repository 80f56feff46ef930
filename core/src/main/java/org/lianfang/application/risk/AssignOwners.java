package org.lianfang.application.risk;

import jakarta.validation.constraints.NotNull;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;

/**
 * Names a risk point's owner chain (P-1): direct owner, section head and responsible leader, each on the staff of the
 * point's unit or a unit above it.
 *
 * @param riskPoint the point
 * @param owners the chain
 */
public record AssignOwners(@NotNull RiskPointId riskPoint, @NotNull OwnerChain owners) {}
