package org.lianfang.monitoring;

import org.lianfang.Coded;

/**
 * Where a rectification item (整改事项) is (P-21): the one record that warnings, checks, inspections and appraisals
 * open; {@link RectificationTransitions} says how it moves. OVERDUE is not a state: it is derived from the due date
 * and the day, for every item not yet verified.
 */
public enum RectificationState implements Coded {
  /** 待整改: opened, not yet begun. */
  OPEN("open", "待整改"),
  /** 整改中: being rectified. */
  IN_PROGRESS("in-progress", "整改中"),
  /** 已提交: submitted as done, awaiting verification. */
  SUBMITTED("submitted", "已提交"),
  /** 已验证: verified as done. */
  VERIFIED("verified", "已验证"),
  /** 已销号: closed. Final. */
  CLOSED("closed", "已销号");

  private final String code;
  private final String chinese;

  RectificationState(String code, String chinese) {
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

  /** @return whether no action leads out of this state */
  public boolean isFinal() {
    return this == CLOSED;
  }

  /**
   * @param due the item's due date
   * @param today the day it is read on
   * @return whether it is overdue that day: past its due date and not yet verified
   */
  public boolean overdue(java.time.LocalDate due, java.time.LocalDate today) {
    return today.isAfter(due) && this != VERIFIED && this != CLOSED;
  }
}
