package org.lianfang.control;

import org.lianfang.Coded;

/** A rule of the default {@link ResidualGradingPolicy} that lowers a point's grade by one step [G]. */
public enum ResidualRule implements Coded {
  /** Measures in force on all three defense lines (S-7 to S-9): the point is educated against, regulated and watched. */
  ALL_THREE_LINES("all-three-lines", "三道防线均有执行中的措施", "measures in force on all three defense lines"),
  /** A 中期监控 measure in force is watched by a number (P-6): a slide shows before it becomes a case. */
  MONITORED_BY_INDICATOR("monitored-by-indicator", "有执行中的中期监控措施设有监测指标",
      "a monitoring-phase measure in force is watched by an indicator");

  private final String code;
  private final String chinese;
  private final String english;

  ResidualRule(String code, String chinese, String english) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
  }

  /** @return the rule, in Chinese */
  public String chinese() {
    return chinese;
  }

  /** @return the rule, in English */
  public String english() {
    return english;
  }

  /** @return the stable code */
  @Override
  public String code() {
    return code;
  }
}
