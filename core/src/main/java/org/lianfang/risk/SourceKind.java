package org.lianfang.risk;

/** Kinds of risk source (风险源, S-4). */
public enum SourceKind {
  /** 自由裁量权缺乏监督. */
  DISCRETION_WITHOUT_OVERSIGHT("自由裁量权缺乏监督"),
  /** 行业“潜规则”. */
  UNWRITTEN_RULE("行业潜规则"),
  /** 生活圈、社交圈的不良影响. */
  SOCIAL_CIRCLE("生活圈社交圈"),
  /** 制度缺失或漏洞. */
  INSTITUTIONAL_GAP("制度漏洞"),
  /** 思想认识偏差. */
  ATTITUDE("思想认识"),
  /** 其他. */
  OTHER("其他");

  private final String chinese;

  SourceKind(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
