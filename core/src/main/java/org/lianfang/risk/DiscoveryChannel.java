package org.lianfang.risk;

import org.lianfang.Coded;

/** Through which channel a risk came to light (S-3). */
public enum DiscoveryChannel implements Coded {
  /** No channel: found directly by one of the five methods. */
  DIRECT("direct", "直接查找"),
  /** 群众举报. */
  PUBLIC_REPORT("public-report", "群众举报"),
  /** 财务审计. */
  FINANCIAL_AUDIT("financial-audit", "财务审计"),
  /** 执法检查. */
  ENFORCEMENT_INSPECTION("enforcement-inspection", "执法检查"),
  /** 问卷调查. */
  SURVEY("survey", "问卷调查"),
  /** 其他渠道. */
  OTHER("other", "其他渠道");

  private final String code;
  private final String chinese;

  DiscoveryChannel(String code, String chinese) {
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
