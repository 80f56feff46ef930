package org.lianfang.checks;

import org.lianfang.Coded;

/** Where a half-year self-check is (P-12, P-23); {@link SelfCheckTransitions} says how it moves. */
public enum SelfCheckState implements Coded {
  /** 起草中: being written by the unit. */
  DRAFT("draft", "起草中"),
  /** 已报送: submitted to the unit above, its figures read. */
  SUBMITTED("submitted", "已报送"),
  /** 已确认: acknowledged by the unit above. Final. */
  ACKNOWLEDGED("acknowledged", "已确认");

  private final String code;
  private final String chinese;

  SelfCheckState(String code, String chinese) {
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
