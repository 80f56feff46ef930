package org.lianfang.application.internal;

import org.lianfang.Refusal;

/** The refusals the handlers and queries of every area share, worded once. */
public final class Refusals {
  private Refusals() {}

  /**
   * @param whatZh what is unknown, in Chinese
   * @param whatEn what is unknown, in English
   * @param id the id given
   * @return an {@code UNKNOWN_REFERENCE} refusal
   */
  public static Refusal unknown(String whatZh, String whatEn, Object id) {
    return Refusal.of(Refusal.Code.UNKNOWN_REFERENCE, "不存在的" + whatZh + "：" + id, "unknown " + whatEn + ": " + id);
  }

  /** @param zh the rule broken, in Chinese @param en in English @return a {@code RULE_VIOLATED} refusal */
  public static Refusal rule(String zh, String en) {
    return Refusal.of(Refusal.Code.RULE_VIOLATED, zh, en);
  }
}
