package org.lianfang.risk;

/** The five risk categories (S-4). */
public enum RiskCategory {
  /** 思想道德风险. */
  MORAL("思想道德"),
  /** 岗位职责风险. */
  DUTY("岗位职责"),
  /** 业务流程风险. */
  PROCESS("业务流程"),
  /** 制度机制风险. */
  INSTITUTIONAL("制度机制"),
  /** 外部环境风险. */
  EXTERNAL("外部环境");

  private final String chinese;

  RiskCategory(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
