package org.lianfang.monitoring;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.organization.OfficialId;

/**
 * What electronic supervision does (P-9, P-20): when its signals rise, and whether a RED signal becomes a warning.
 * The sources have a red card bring a supervision letter (督办函) and accountability; a warning needs a discipline
 * leader's approval (P-18), so a RED signal becomes a warning only when the host names the leader who approved
 * warnings on red cards in advance ({@link #warningApprover}), at the level it names; otherwise the discipline body
 * is told and decides. Immutable and thread-safe.
 *
 * @param signals when PROMPT, YELLOW and RED rise
 * @param warningApprover the discipline leader whose standing approval turns a RED signal into a warning, an official
 *     of the case's unit or a unit above it; empty: a RED signal is only reported
 * @param level the level of such a warning
 */
public record SupervisionPolicy(SignalPolicy signals, Optional<OfficialId> warningApprover, WarningLevel level) {
  /** @throws NullPointerException if a part is null */
  public SupervisionPolicy {
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(warningApprover, "warningApprover");
    Objects.requireNonNull(level, "level");
  }

  /**
   * @param hours the working day
   * @return the standard signals ({@link SignalPolicy#standard}) with no automatic warning [G]
   */
  public static SupervisionPolicy standard(WorkingHours hours) {
    return new SupervisionPolicy(SignalPolicy.standard(hours), Optional.empty(), WarningLevel.ADMONISHMENT);
  }

  /**
   * @param approver the discipline leader whose standing approval turns a RED signal into a warning
   * @param warningLevel its level: 告诫 (ADMONISHMENT) by default, as a red card is a supervision letter [G]
   * @return this policy, warning on RED
   */
  public SupervisionPolicy warningOnRed(OfficialId approver, WarningLevel warningLevel) {
    return new SupervisionPolicy(signals, Optional.of(approver), warningLevel);
  }
}
