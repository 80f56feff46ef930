package org.lianfang.control;

import org.lianfang.Coded;

/** What a confirmed point's control lacks, as a {@link CoveragePolicy} names it (P-14). */
public enum CoverageGap implements Coded {
  /** No measure in force: Form 3 has nothing for the point. */
  NO_MEASURE_IN_FORCE("no-measure-in-force", "没有执行中的防控措施", "no measure in force"),
  /** A point above 较低 has no measure in force in the 中期监控 phase [G]. */
  NO_MONITORING_MEASURE("no-monitoring-measure", "较低以上的风险点没有执行中的中期监控措施",
      "a point above the lowest grade has no monitoring-phase measure in force"),
  /** A principal leader's post or a 三重一大 point has no measure in force on the 制度 line (S-14) [G]. */
  NO_POWER_REGULATION("no-power-regulation", "主要领导岗位或三重一大事项没有执行中的制度防线措施",
      "a principal leader's post or a major-matters point has no power-regulation measure in force");

  private final String code;
  private final String chinese;
  private final String english;

  CoverageGap(String code, String chinese, String english) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
  }

  /** @return what is missing, in Chinese */
  public String chinese() {
    return chinese;
  }

  /** @return what is missing, in English */
  public String english() {
    return english;
  }

  /** @return the stable code */
  @Override
  public String code() {
    return code;
  }
}
