package org.lianfang.risk;

/** The five methods of finding risks (S-3). */
public enum DiscoveryMethod {
  /** 自己找: the post holder finds their own risks. */
  SELF("自己找"),
  /** 大家提: colleagues point them out. */
  COLLEAGUES("大家提"),
  /** 组织点: the organisation (leaders, discipline body) names them. */
  ORGANISATION("组织点"),
  /** 群众议: the public raises them. */
  PUBLIC("群众议"),
  /** 集体定: found in a collective discussion. */
  COLLECTIVE("集体定");

  private final String chinese;

  DiscoveryMethod(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
