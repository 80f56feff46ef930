package org.lianfang.evaluation;

import org.lianfang.Coded;

/** Where a unit's annual evaluation is (S-11, P-24); {@link EvaluationTransitions} says how it moves. */
public enum EvaluationState implements Coded {
  /** 已自评: the unit has assessed its year. */
  SELF_ASSESSED("self-assessed", "已自评"),
  /** 已考核: the discipline body has read its records, with deductions and vetoes. */
  INSPECTED("inspected", "已考核"),
  /** 已评议: the leaders' scores are in; the composite and band are proposed. */
  PROPOSED("proposed", "已评议"),
  /** 已审定: the discipline body has decided the result, fixed from now on. */
  DECIDED("decided", "已审定"),
  /** 已公布: published, the result entering the leadership's assessment (S-11). Final. */
  PUBLISHED("published", "已公布");

  private final String code;
  private final String chinese;

  EvaluationState(String code, String chinese) {
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
