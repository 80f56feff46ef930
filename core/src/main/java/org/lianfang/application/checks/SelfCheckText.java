package org.lianfang.application.checks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;
import org.lianfang.checks.SelfCheckSections;

/**
 * What a half-year self-check says (P-23), as a command gives it: each section required.
 *
 * @param effect whether the measures were targeted and effective
 * @param selfDiscipline the officials' self-discipline and performance of their duties
 * @param ruleGaps weak points in the rules
 * @param fixes what was rectified since the last report
 * @param nextSteps what comes next
 */
public record SelfCheckText(
    @NotBlank @Size(max = Limits.TEXT) String effect,
    @NotBlank @Size(max = Limits.TEXT) String selfDiscipline,
    @NotBlank @Size(max = Limits.TEXT) String ruleGaps,
    @NotBlank @Size(max = Limits.TEXT) String fixes,
    @NotBlank @Size(max = Limits.TEXT) String nextSteps) {
  SelfCheckSections toSections() {
    return new SelfCheckSections(effect, selfDiscipline, ruleGaps, fixes, nextSteps);
  }
}
