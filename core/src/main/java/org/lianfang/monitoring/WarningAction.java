package org.lianfang.monitoring;

import org.lianfang.Coded;

/** What can be done to a warning (P-8, P-18, P-10); {@link WarningTransitions} says where each leads. */
public enum WarningAction implements Coded {
  /** 签收: the subject acknowledges the notice. */
  ACKNOWLEDGE("acknowledge", "签收", "acknowledged"),
  /** 回复: the subject replies (self-analysis, pledge, rectification plan). */
  REPLY("reply", "回复", "replied"),
  /** 退回: the reply is rejected and returned to be redone. */
  RETURN_REPLY("return-reply", "退回", "reply-returned"),
  /** 受理回复: the reply is accepted and its rectification supervised (跟踪督办). */
  ACCEPT_REPLY("accept-reply", "受理回复", "reply-accepted"),
  /** 验证: the rectification is verified. */
  VERIFY("verify", "验证", "verified"),
  /** 验证未通过: verification failed; the warning is issued again one level up, with a new deadline. */
  FAIL_VERIFICATION("fail-verification", "验证未通过", "escalated"),
  /** 销号: closed once verified. */
  CLOSE("close", "销号", "closed"),
  /** 移交: an actual violation leaves the programme (P-10); the library decides no sanction. */
  TRANSFER("transfer", "移交", "transferred"),
  /** 摘牌: cancelled, with a reason. */
  CANCEL("cancel", "摘牌", "cancelled");

  private final String code;
  private final String chinese;
  private final String done;

  WarningAction(String code, String chinese, String done) {
    this.code = code;
    this.chinese = chinese;
    this.done = done;
  }

  /** @return the journal's event type for it: {@code warning.acknowledged}, {@code warning.escalated}, … */
  public String eventType() {
    return "warning." + done;
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
