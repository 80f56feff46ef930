package org.lianfang.application.risk;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;

/**
 * Names a risk point's owner chain (P-1): direct owner, section head and responsible leader, each on the staff of the
 * point's unit or a unit above it.
 *
 * @param riskPoint the point
 * @param owners the chain
 * @param expectedVersion the version of the risk point its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored risk point has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record AssignOwners(
    @NotNull RiskPointId riskPoint,
    @NotNull OwnerChain owners,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param riskPoint the point
   * @param owners the chain
   */
  public AssignOwners(RiskPointId riskPoint, OwnerChain owners) {
    this(riskPoint, owners, OptionalLong.empty());
  }
}
