package org.lianfang.control;

import org.lianfang.Coded;

/** Where a service commitment is in its life (P-17): 审诺 → 公示 → 践诺 → 评诺. */
public enum CommitmentState implements Coded {
  /** 拟承诺: proposed, awaiting 审诺. */
  PROPOSED("proposed", "拟承诺"),
  /** 审诺通过: reviewed by the unit. */
  REVIEWED("reviewed", "审诺通过"),
  /** 已公示: published to those served. */
  PUBLISHED("published", "已公示"),
  /** 践诺中: being kept. */
  IN_PROGRESS("in-progress", "践诺中"),
  /** 已评诺: judged kept or broken. Final. */
  EVALUATED("evaluated", "已评诺"),
  /** 已撤回: withdrawn before it was published. Final. */
  WITHDRAWN("withdrawn", "已撤回");

  private final String code;
  private final String chinese;

  CommitmentState(String code, String chinese) {
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

  /** @return whether no action leads out of this state */
  public boolean isFinal() {
    return this == EVALUATED || this == WITHDRAWN;
  }
}
