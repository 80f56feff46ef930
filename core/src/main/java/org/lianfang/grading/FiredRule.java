package org.lianfang.grading;

import java.util.Objects;

/**
 * One rule that contributed to a grade, for the rationale kept with it. Immutable and thread-safe.
 *
 * @param code a stable code naming the rule, e.g. {@code S-6.higher.major-matter}
 * @param result the level this rule alone leads to
 * @param zh what the rule found, in Chinese
 * @param en what the rule found, in English
 */
public record FiredRule(String code, RiskGrade result, String zh, String en) {
  /** @throws NullPointerException if a part is null */
  public FiredRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
