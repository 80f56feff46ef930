package org.lianfang.risk;

/** Through which channel a risk came to light (S-3). */
public enum DiscoveryChannel {
  /** No channel: found directly by one of the five methods. */
  DIRECT("直接查找"),
  /** 群众举报. */
  PUBLIC_REPORT("群众举报"),
  /** 财务审计. */
  FINANCIAL_AUDIT("财务审计"),
  /** 执法检查. */
  ENFORCEMENT_INSPECTION("执法检查"),
  /** 问卷调查. */
  SURVEY("问卷调查"),
  /** 其他渠道. */
  OTHER("其他渠道");

  private final String chinese;

  DiscoveryChannel(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
