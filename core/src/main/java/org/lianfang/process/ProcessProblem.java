package org.lianfang.process;

import java.util.Objects;

/**
 * Something wrong with a flow chart, in Chinese and English. Immutable and thread-safe.
 *
 * @param code a stable code, e.g. {@code unreachable-step}
 * @param zh the problem in Chinese
 * @param en the problem in English
 */
public record ProcessProblem(String code, String zh, String en) {
  /** @throws NullPointerException if a part is null */
  public ProcessProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}
