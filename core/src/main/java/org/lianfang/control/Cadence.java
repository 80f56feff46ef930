package org.lianfang.control;

import org.lianfang.Coded;

/** How often a measure acts or is reported on (月报季查, 半年考核, 年底总结; {@code research/stages-2-4.md} §2). */
public enum Cadence implements Coded {
  /** 每周. */
  WEEKLY("weekly", "每周"),
  /** 每月. */
  MONTHLY("monthly", "每月"),
  /** 每两月 (Kunming's 廉政公开信 to county-level leaders). */
  BIMONTHLY("bimonthly", "每两月"),
  /** 每季度. */
  QUARTERLY("quarterly", "每季度"),
  /** 每半年. */
  HALF_YEARLY("half-yearly", "每半年"),
  /** 每年. */
  YEARLY("yearly", "每年"),
  /** 每次办理: each time the power is exercised. */
  PER_CASE("per-case", "每次办理");

  private final String code;
  private final String chinese;

  Cadence(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
