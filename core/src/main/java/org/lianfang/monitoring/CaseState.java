package org.lianfang.monitoring;

import org.lianfang.Coded;

/**
 * Where a case of an administrative power under electronic supervision is (P-9, P-20); {@link CaseTransitions} says how
 * it moves. Its signal is not a state: it is computed from the working time the case has run ({@link SignalPolicy}).
 */
public enum CaseState implements Coded {
  /** 办理中: its clock runs in working time. */
  RUNNING("running", "办理中"),
  /** 暂停: its clock stands still (补正材料, 公告, 鉴定 …). */
  PAUSED("paused", "暂停计时"),
  /** 办结: completed. Final. */
  COMPLETED("completed", "已办结");

  private final String code;
  private final String chinese;

  CaseState(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return code;
  }
}
