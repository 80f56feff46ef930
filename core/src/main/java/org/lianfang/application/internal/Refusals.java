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

  /**
   * A refusal of one invalid field, worded as the validation of commands words it ({@code 条数：不能小于 1}).
   *
   * @param path the field's path
   * @param rule the constraint broken, e.g. {@code Min}
   * @param labelZh the field's name in Chinese
   * @param labelEn in English
   * @param zh what is wrong, in Chinese
   * @param en in English
   * @return an {@code INVALID_INPUT} refusal with the one violation
   */
  public static Refusal invalid(String path, String rule, String labelZh, String labelEn, String zh, String en) {
    return Refusal.invalidField(path, rule, labelZh, labelEn, zh, en);
  }

  /**
   * @param violations the invalid fields, at least one
   * @return an {@code INVALID_INPUT} refusal whose message lists them: {@code 输入有误：…；…}
   */
  public static Refusal invalid(java.util.List<Refusal.Violation> violations) {
    return new Refusal(Refusal.Code.INVALID_INPUT,
        "输入有误：" + String.join("；", violations.stream().map(Refusal.Violation::messageZh).toList()),
        "invalid input: " + String.join("; ", violations.stream().map(Refusal.Violation::messageEn).toList()),
        violations);
  }

  /** @param zh the rule broken, in Chinese @param en in English @return a {@code RULE_VIOLATED} refusal */
  public static Refusal rule(String zh, String en) {
    return Refusal.of(Refusal.Code.RULE_VIOLATED, zh, en);
  }
}
