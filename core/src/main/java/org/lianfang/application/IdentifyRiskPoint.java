package org.lianfang.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskSource;
import org.lianfang.risk.StepRef;

/**
 * Records a risk point found by one of the five methods (S-3, S-4) as a draft, on a post or on the unit as a whole,
 * optionally at a process step and tied to a power item (P-2), all of the same unit. The owners, if named, must be
 * on the staff of the unit or a unit above it (P-1).
 *
 * @param unit the unit
 * @param post the post; empty for a risk of the unit as a whole (部门风险)
 * @param step the process step, if any
 * @param powerItem the power item, if any
 * @param category one of the five categories
 * @param description the risk point
 * @param manifestation how it shows
 * @param sources why it exists
 * @param method how it was found
 * @param channel through which channel
 * @param owners the owner chain, if already named
 * @param custom custom fields; keys {@code [a-z][a-z0-9_.-]*}, at most 64 characters
 */
public record IdentifyRiskPoint(
    @NotNull UnitId unit,
    @NotNull Optional<PostId> post,
    @NotNull Optional<StepRef> step,
    @NotNull Optional<PowerItemId> powerItem,
    @NotNull RiskCategory category,
    @NotBlank @Size(max = Limits.TEXT) String description,
    @NotNull @Size(max = Limits.TEXT) String manifestation,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid RiskSourceInput> sources,
    @NotNull DiscoveryMethod method,
    @NotNull DiscoveryChannel channel,
    @NotNull Optional<OwnerChain> owners,
    @NotNull @Size(max = 64) Map<@NotNull @Pattern(regexp = "[a-z][a-z0-9_.-]{0,63}") String, @NotNull CustomValue>
        custom) {

  /**
   * A risk source as a command gives it.
   *
   * @param kind the kind of source
   * @param description the source in the unit's words
   */
  public record RiskSourceInput(
      @NotNull org.lianfang.risk.SourceKind kind, @NotBlank @Size(max = Limits.TEXT) String description) {
    /** @return the domain value */
    public RiskSource toSource() {
      return new RiskSource(kind, description);
    }
  }
}
