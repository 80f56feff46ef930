package org.lianfang.control;

import org.lianfang.Coded;

/** Where an {@link EducationObligation} stands on a day (P-15). */
public enum ObligationStatus implements Coded {
  /** 已完成: an activity meets it (perhaps late: {@link EducationObligation#late()}). */
  MET("met", "已完成"),
  /** 待完成: not met, and its due day has not passed. */
  DUE("due", "待完成"),
  /** 已逾期: not met, and its due day has passed; the monitoring issue's tick acts on it. */
  OVERDUE("overdue", "已逾期");

  private final String code;
  private final String chinese;

  ObligationStatus(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code */
  @Override
  public String code() {
    return code;
  }
}
