package org.lianfang.application.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Limits;
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
   * @param unit the unit
   * @param post the post
   * @return a builder of a point on that post (个人/岗位风险)
   */
  public static Builder onPost(UnitId unit, PostId post) {
    return new Builder(unit, Optional.of(post));
  }

  /** @param unit the unit @return a builder of a point of the unit as a whole (部门风险) */
  public static Builder unitWide(UnitId unit) {
    return new Builder(unit, Optional.empty());
  }

  /**
   * Builds the command with named steps instead of twelve positional components. What is not set is absent (step,
   * power item, owners), empty (manifestation, sources, custom fields) or {@link DiscoveryChannel#DIRECT}; category,
   * description and method must be set, or the command is refused as invalid input naming them. Not thread-safe.
   */
  public static final class Builder {
    private final UnitId unit;
    private Optional<PostId> post;
    private Optional<StepRef> step = Optional.empty();
    private Optional<PowerItemId> powerItem = Optional.empty();
    private RiskCategory category;
    private String description;
    private String manifestation = "";
    private final List<RiskSourceInput> sources = new java.util.ArrayList<>();
    private DiscoveryMethod method;
    private DiscoveryChannel channel = DiscoveryChannel.DIRECT;
    private Optional<OwnerChain> owners = Optional.empty();
    private final Map<String, CustomValue> custom = new java.util.TreeMap<>();

    private Builder(UnitId unit, Optional<PostId> post) {
      this.unit = unit;
      this.post = post;
    }

    /** @param value the post the point is on; without it the point is the unit's as a whole @return this */
    public Builder onPost(PostId value) {
      this.post = Optional.of(value);
      return this;
    }

    /** @param value one of the five categories (S-4) @return this */
    public Builder category(RiskCategory value) {
      this.category = value;
      return this;
    }

    /** @param value the risk point in the unit's words @return this */
    public Builder described(String value) {
      this.description = value;
      return this;
    }

    /** @param value how it shows (风险表现形式) @return this */
    public Builder showingAs(String value) {
      this.manifestation = value;
      return this;
    }

    /** @param kind the kind of source @param text the source in the unit's words @return this */
    public Builder source(org.lianfang.risk.SourceKind kind, String text) {
      sources.add(new RiskSourceInput(kind, text));
      return this;
    }

    /** @param value which of the five methods found it (S-3) @return this */
    public Builder foundBy(DiscoveryMethod value) {
      this.method = value;
      return this;
    }

    /** @param value through which channel (S-3) @return this */
    public Builder through(DiscoveryChannel value) {
      this.channel = value;
      return this;
    }

    /** @param value the process step it arises at (P-2) @return this */
    public Builder atStep(StepRef value) {
      this.step = Optional.of(value);
      return this;
    }

    /** @param process a process @param stepCode the code of one of its steps @return this */
    public Builder atStep(org.lianfang.process.ProcessId process, String stepCode) {
      return atStep(new StepRef(process, new org.lianfang.process.StepId(stepCode)));
    }

    /** @param value the power item it arises from (P-2) @return this */
    public Builder forPower(PowerItemId value) {
      this.powerItem = Optional.of(value);
      return this;
    }

    /** @param value the owner chain (P-1) @return this */
    public Builder ownedBy(OwnerChain value) {
      this.owners = Optional.of(value);
      return this;
    }

    /**
     * @param directOwner 直接责任人
     * @param sectionHead 部门负责人
     * @param responsibleLeader 责任领导
     * @return this
     */
    public Builder ownedBy(
        org.lianfang.organization.OfficialId directOwner, org.lianfang.organization.OfficialId sectionHead,
        org.lianfang.organization.OfficialId responsibleLeader) {
      return ownedBy(new OwnerChain(directOwner, sectionHead, responsibleLeader));
    }

    /** @param fields custom fields to add @return this */
    public Builder custom(Map<String, ? extends CustomValue> fields) {
      custom.putAll(fields);
      return this;
    }

    /** @param key a custom field key @param value its value @return this */
    public Builder custom(String key, CustomValue value) {
      custom.put(key, value);
      return this;
    }

    /** @return the command */
    public IdentifyRiskPoint build() {
      return new IdentifyRiskPoint(unit, post, step, powerItem, category, description, manifestation,
          List.copyOf(sources), method, channel, owners,
          java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(custom)));
    }
  }

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
