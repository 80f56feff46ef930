package org.lianfang.monitoring;

import org.lianfang.Coded;

/** Where a warning is in its closed loop (P-8, P-18); {@link WarningTransitions} says how it moves. */
public enum WarningState implements Coded {
  /** 已发出: issued with its notice (预警通知书), awaiting the subject's acknowledgement. */
  ISSUED("issued", "已发出"),
  /** 已签收: the subject has read it; the reply is due. */
  READ("read", "已签收"),
  /** 已回复: the subject replied; the discipline body reviews the reply. */
  REPLIED("replied", "已回复"),
  /** 跟踪督办: the reply was accepted and its rectification is supervised. */
  UNDER_SUPERVISION("under-supervision", "跟踪督办"),
  /** 已验证: the rectification was verified. */
  VERIFIED("verified", "已验证"),
  /** 已销号: closed. Final. */
  CLOSED("closed", "已销号"),
  /** 已移交: an actual violation, transferred to the discipline body or the judiciary (P-10). Final. */
  TRANSFERRED("transferred", "已移交"),
  /** 已摘牌: cancelled, with a reason. Final. */
  CANCELLED("cancelled", "已摘牌");

  private final String code;
  private final String chinese;

  WarningState(String code, String chinese) {
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

  /** @return whether no action leads out of this state */
  public boolean isFinal() {
    return this == CLOSED || this == TRANSFERRED || this == CANCELLED;
  }
}
