package org.lianfang.checks;

import java.math.BigDecimal;
import org.lianfang.Coded;

/**
 * How far a control measure was applied when it was checked (P-13, P-22): the three ratings of the check forms and
 * their weights, which the annual evaluation averages (P-24).
 */
public enum CheckRating implements Coded {
  /** 完全落实: applied in full, weight 1. */
  FULL("full", "完全落实", BigDecimal.ONE),
  /** 部分落实: applied in part, weight 0.5; opens a rectification item. */
  PARTIAL("partial", "部分落实", new BigDecimal("0.5")),
  /** 未落实: not applied, weight 0; opens a rectification item, and twice running a reminder. */
  NONE("none", "未落实", BigDecimal.ZERO);

  private final String code;
  private final String chinese;
  private final BigDecimal weight;

  CheckRating(String code, String chinese, BigDecimal weight) {
    this.code = code;
    this.chinese = chinese;
    this.weight = weight;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return its weight: 1, 0.5 or 0 */
  public BigDecimal weight() {
    return weight;
  }

  /** @return whether the measure falls short, so that the finding is rectified (PARTIAL or NONE) */
  public boolean fallsShort() {
    return this != FULL;
  }

  @Override
  public String code() {
    return code;
  }
}
