package org.lianfang.risk;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;

/**
 * Where a risk point sits: its unit; a post, or none for a risk of the unit as a whole (部门风险); optionally the
 * process step and the power item it arises from (P-2). Immutable and thread-safe.
 */
public final class RiskLocation {
  private final UnitId unit;
  private final PostId post;
  private final StepRef step;
  private final PowerItemId powerItem;

  private RiskLocation(UnitId unit, PostId post, StepRef step, PowerItemId powerItem) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.post = post;
    this.step = step;
    this.powerItem = powerItem;
  }

  /** @param unit the unit @return a risk of the unit as a whole (部门风险) */
  public static RiskLocation unitWide(UnitId unit) {
    return new RiskLocation(unit, null, null, null);
  }

  /** @param unit the unit @param post the post @return a risk of one post (个人/岗位风险) */
  public static RiskLocation onPost(UnitId unit, PostId post) {
    return new RiskLocation(unit, Objects.requireNonNull(post, "post"), null, null);
  }

  /**
   * @param unit the unit
   * @param post the post, or empty for unit-wide
   * @param step the process step, or empty
   * @param powerItem the power item, or empty
   * @return the location
   */
  public static RiskLocation of(
      UnitId unit, Optional<PostId> post, Optional<StepRef> step, Optional<PowerItemId> powerItem) {
    return new RiskLocation(unit, post.orElse(null), step.orElse(null), powerItem.orElse(null));
  }

  /** @param ref a process step @return a copy tied to it */
  public RiskLocation atStep(StepRef ref) {
    return new RiskLocation(unit, post, Objects.requireNonNull(ref, "ref"), powerItem);
  }

  /** @param item a power item @return a copy tied to it */
  public RiskLocation forPower(PowerItemId item) {
    return new RiskLocation(unit, post, step, Objects.requireNonNull(item, "item"));
  }

  /** @return the unit */
  public UnitId unit() {
    return unit;
  }

  /** @return the post; empty for a unit-wide risk */
  public Optional<PostId> post() {
    return Optional.ofNullable(post);
  }

  /** @return the process step, if tied to one */
  public Optional<StepRef> step() {
    return Optional.ofNullable(step);
  }

  /** @return the power item, if tied to one */
  public Optional<PowerItemId> powerItem() {
    return Optional.ofNullable(powerItem);
  }

  /** @return whether this is a risk of the unit as a whole */
  public boolean isUnitWide() {
    return post == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskLocation l
        && unit.equals(l.unit)
        && Objects.equals(post, l.post)
        && Objects.equals(step, l.step)
        && Objects.equals(powerItem, l.powerItem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, post, step, powerItem);
  }

  @Override
  public String toString() {
    return "RiskLocation[unit=" + unit + ", post=" + post + ", step=" + step + ", power=" + powerItem + "]";
  }
}
