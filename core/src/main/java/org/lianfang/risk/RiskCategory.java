package org.lianfang.risk;

import org.lianfang.Coded;

/** The five risk categories (S-4). */
public enum RiskCategory implements Coded {
  /** 思想道德风险. */
  MORAL("moral", "思想道德"),
  /** 岗位职责风险. */
  DUTY("duty", "岗位职责"),
  /** 业务流程风险. */
  PROCESS("process", "业务流程"),
  /** 制度机制风险. */
  INSTITUTIONAL("institutional", "制度机制"),
  /** 外部环境风险. */
  EXTERNAL("external", "外部环境");

  private final String code;
  private final String chinese;

  RiskCategory(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
