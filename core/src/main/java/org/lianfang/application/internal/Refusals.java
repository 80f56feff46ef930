package org.lianfang.application.internal;

import org.lianfang.Refusal;

/** The refusals the use cases share, worded once. */
public final class Refusals {
  private Refusals() {}

  public static Refusal unknown(String whatZh, String whatEn, Object id) {
    return Refusal.of(Refusal.Code.UNKNOWN_REFERENCE, "不存在的" + whatZh + "：" + id, "unknown " + whatEn + ": " + id);
  }

  public static Refusal rule(String zh, String en) {
    return Refusal.of(Refusal.Code.RULE_VIOLATED, zh, en);
  }
}
