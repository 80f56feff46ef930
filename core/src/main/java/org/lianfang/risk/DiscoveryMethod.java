package org.lianfang.risk;

import org.lianfang.Coded;

/** The five methods of finding risks (S-3). */
public enum DiscoveryMethod implements Coded {
  /** 自己找: the post holder finds their own risks. */
  SELF("self", "自己找"),
  /** 大家提: colleagues point them out. */
  COLLEAGUES("colleagues", "大家提"),
  /** 组织点: the organisation (leaders, discipline body) names them. */
  ORGANISATION("organisation", "组织点"),
  /** 群众议: the public raises them. */
  PUBLIC("public", "群众议"),
  /** 集体定: found in a collective discussion. */
  COLLECTIVE("collective", "集体定");

  private final String code;
  private final String chinese;

  DiscoveryMethod(String code, String chinese) {
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
