package org.lianfang.application;

import org.lianfang.Refusal;

/** The refusals the use cases share, worded once. */
final class Refusals {
  private Refusals() {}

  static Refusal unknown(String whatZh, String whatEn, Object id) {
    return Refusal.of(Refusal.Code.UNKNOWN_REFERENCE, "不存在的" + whatZh + "：" + id, "unknown " + whatEn + ": " + id);
  }

  static Refusal rule(String zh, String en) {
    return Refusal.of(Refusal.Code.RULE_VIOLATED, zh, en);
  }
}
