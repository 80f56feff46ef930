package org.lianfang.monitoring;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.organization.OfficialId;

/**
 * What a monitoring indicator's value beyond its threshold does (P-6): it always raises a signal to the unit's leaders
 * and the discipline body; it becomes a warning, automatically, with the rule that fired as its facts, only when the
 * host names the discipline leader whose standing approval such warnings carry (a warning needs a leader's approval,
 * P-18). Immutable and thread-safe.
 *
 * @param warningApprover the leader whose standing approval turns a signal into a warning, an official of the
 *     measure's unit or a unit above it; empty: signals only
 * @param level the level of such a warning
 */
public record IndicatorPolicy(Optional<OfficialId> warningApprover, WarningLevel level) {
  /** @throws NullPointerException if a part is null */
  public IndicatorPolicy {
    Objects.requireNonNull(warningApprover, "warningApprover");
    Objects.requireNonNull(level, "level");
  }

  /** @return signals only, no automatic warning [G] */
  public static IndicatorPolicy standard() {
    return new IndicatorPolicy(Optional.empty(), WarningLevel.REMINDER);
  }

  /**
   * @param approver the leader whose standing approval turns a signal into a warning
   * @param warningLevel its level: 提醒 (REMINDER) is what a first indicator breach calls for [G]
   * @return a policy that warns
   */
  public static IndicatorPolicy warning(OfficialId approver, WarningLevel warningLevel) {
    return new IndicatorPolicy(Optional.of(approver), warningLevel);
  }
}
