package org.lianfang.checks;

import org.lianfang.Coded;

/** Where a public appraisal round is (P-25); {@link AppraisalTransitions} says how it moves. */
public enum AppraisalState implements Coded {
  /** 已部署: planned and announced, not yet collecting. */
  PLANNED("planned", "已部署"),
  /** 征集中: collecting answers. */
  COLLECTING("collecting", "征集中"),
  /** 已分析: its results read and the items for revision flagged; the rectification goes on in its items. */
  ANALYSED("analysed", "已分析"),
  /** 已结束: closed, its results fed back, or called off before it opened. Final. */
  CLOSED("closed", "已结束");

  private final String code;
  private final String chinese;

  AppraisalState(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return code;
  }
}
