package org.lianfang.control;

import org.lianfang.Coded;

/**
 * What a service commitment (服务承诺, P-17) promises about: the dimensions of Yunnan's 服务承诺 rules
 * ({@code research/stages-2-4.md} §2).
 */
public enum CommitmentDimension implements Coded {
  /** 服务范围. */
  SCOPE("scope", "服务范围"),
  /** 服务标准 and 办事程序. */
  STANDARD("standard", "服务标准"),
  /** 服务态度. */
  ATTITUDE("attitude", "服务态度"),
  /** 办结时限. */
  TIME_LIMIT("time-limit", "办结时限"),
  /** 服务质量. */
  QUALITY("quality", "服务质量");

  private final String code;
  private final String chinese;

  CommitmentDimension(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code */
  @Override
  public String code() {
    return code;
  }
}
