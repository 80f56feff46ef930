package org.lianfang.risk;

import org.lianfang.Coded;

/** Kinds of risk source (风险源, S-4). */
public enum SourceKind implements Coded {
  /** 自由裁量权缺乏监督. */
  DISCRETION_WITHOUT_OVERSIGHT("discretion-without-oversight", "自由裁量权缺乏监督"),
  /** 行业“潜规则”. */
  UNWRITTEN_RULE("unwritten-rule", "行业潜规则"),
  /** 生活圈、社交圈的不良影响. */
  SOCIAL_CIRCLE("social-circle", "生活圈社交圈"),
  /** 制度缺失或漏洞. */
  INSTITUTIONAL_GAP("institutional-gap", "制度漏洞"),
  /** 思想认识偏差. */
  ATTITUDE("attitude", "思想认识"),
  /** 其他. */
  OTHER("other", "其他");

  private final String code;
  private final String chinese;

  SourceKind(String code, String chinese) {
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
