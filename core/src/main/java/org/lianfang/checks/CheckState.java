package org.lianfang.checks;

import org.lianfang.Coded;

/** Where a monthly check is (P-22); {@link CheckTransitions} says how it moves. */
public enum CheckState implements Coded {
  /** 填报中: being filled in, or returned to be filled in again. */
  OPEN("open", "填报中"),
  /** 已提交: submitted for review. */
  SUBMITTED("submitted", "已提交"),
  /** 已审核: reviewed; its findings are being rectified. Final. */
  REVIEWED("reviewed", "已审核");

  private final String code;
  private final String chinese;

  CheckState(String code, String chinese) {
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
    return this == REVIEWED;
  }
}
