package org.lianfang.control;

import org.lianfang.Coded;

/** What can be done to a control measure; {@link MeasureTransitions} says where each leads. */
public enum MeasureAction implements Coded {
  /** 登记: enter on Form 3. */
  REGISTER("register"),
  /** 实施: apply. */
  PUT_IN_FORCE("put-in-force"),
  /** 废止: withdraw. */
  RETIRE("retire"),
  /** 替代: replace by another measure. */
  SUPERSEDE("supersede");

  private final String code;

  MeasureAction(String code) {
    this.code = code;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
